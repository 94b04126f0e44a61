/**
 * Reads the graph's files (`data/*.json` and `data/site.json`), validates and cross-checks them, and builds
 * the indexes. The texts come from disk (scripts, tests) or through Vite's module graph (the site, see
 * `vite-plugin.ts`), so both read the same data and one parser reports the same errors.
 * Node-only: import it from server code and scripts, never from components.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, siteFile } from './schema';
import { GraphValidationError, validateGraph, type FileKey, type GraphError, type RawFiles } from './validate';
import { buildIndexes, type Graph } from './indexes';

/** The raw text of each file, by its path under the project root (`data/events.json`); undefined when missing. */
export type GraphTexts = Record<string, string | undefined>;

/** Every file the graph is read from, by key. */
export const graphFiles: Record<FileKey | 'site', string> = {
	...(Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.file])) as Record<FileKey, string>),
	site: siteFile.file
};

/** The folder the graph is read from: `PALERMO_DATA_ROOT` when set (the fixture treaty, the benchmark), else the working directory. */
export function dataRoot(): string {
	return process.env.PALERMO_DATA_ROOT || process.cwd();
}

/** Reads each graph file's text under `root`. */
export function readGraphTexts(root: string): GraphTexts {
	const texts: GraphTexts = {};
	for (const file of Object.values(graphFiles)) {
		try {
			texts[file] = readFileSync(join(root, file), 'utf8');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			texts[file] = undefined;
		}
	}
	return texts;
}

/** JSON-parses each file's text, reporting missing or malformed files as errors. */
export function parseGraphTexts(texts: GraphTexts): { raw: RawFiles; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const raw = {} as RawFiles;
	for (const [key, file] of Object.entries(graphFiles) as [FileKey | 'site', string][]) {
		const text = texts[file];
		raw[key] = key === 'site' ? {} : [];
		if (text === undefined) {
			errors.push({ file, id: '(file)', field: '', reason: 'file is missing' });
			continue;
		}
		try {
			raw[key] = JSON.parse(text);
		} catch (e) {
			errors.push({ file, id: '(file)', field: '', reason: `is not valid JSON: ${(e as Error).message}` });
		}
	}
	return { raw, errors };
}

/** Every error in the graph (empty when it is valid). */
export function checkTexts(texts: GraphTexts): GraphError[] {
	const { raw, errors } = parseGraphTexts(texts);
	return [...errors, ...validateGraph(raw).errors];
}

/** Builds the graph from its files' texts, throwing on any error. */
export function graphFromTexts(texts: GraphTexts): Graph {
	const { raw, errors } = parseGraphTexts(texts);
	const result = validateGraph(raw);
	const all = [...errors, ...result.errors];
	if (all.length) throw new GraphValidationError(all);
	return buildIndexes(result.data);
}

/** Every error in the graph under `root`. */
export const checkGraph = (root: string): GraphError[] => checkTexts(readGraphTexts(root));

/** Loads the graph under `root`, throwing on any error. */
export const loadGraph = (root: string): Graph => graphFromTexts(readGraphTexts(root));
