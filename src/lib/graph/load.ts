/**
 * Reads `data/*.json` from disk, validates and cross-checks it, and builds the indexes — once per
 * process (at build time). Throws a GraphValidationError listing every problem when the data is bad.
 * Node-only: import it from server code and scripts, never from components.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files } from './schema';
import { GraphValidationError, validateGraph, type FileKey, type GraphError, type RawFiles } from './validate';
import { buildIndexes, type Graph } from './indexes';

/** Reads and JSON-parses each graph file under `root`, reporting unreadable or malformed files as errors. */
export function readGraphFiles(root: string): { raw: RawFiles; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const raw = {} as RawFiles;
	for (const key of Object.keys(files) as FileKey[]) {
		const file = files[key].file;
		try {
			raw[key] = JSON.parse(readFileSync(join(root, file), 'utf8'));
		} catch (e) {
			const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `is not valid JSON: ${(e as Error).message}`;
			errors.push({ file, id: '(file)', field: '', reason });
			raw[key] = [];
		}
	}
	return { raw, errors };
}

/** Every error in the graph under `root` (empty when it is valid). */
export function checkGraph(root: string): GraphError[] {
	const { raw, errors } = readGraphFiles(root);
	return [...errors, ...validateGraph(raw).errors];
}

/** Loads the graph under `root`, throwing on any error. */
export function loadGraph(root: string): Graph {
	const { raw, errors } = readGraphFiles(root);
	const result = validateGraph(raw);
	const all = [...errors, ...result.errors];
	if (all.length) throw new GraphValidationError(all);
	return buildIndexes(result.data);
}

let cached: Graph | undefined;

/**
 * The project's graph, loaded once: `data/` under the working directory, or under `PALERMO_DATA_ROOT`
 * when set (the benchmark builds the site from synthetic graphs that way).
 */
export function getGraph(): Graph {
	return (cached ??= loadGraph(process.env.PALERMO_DATA_ROOT ?? process.cwd()));
}
