/**
 * Reads the graph's files (`data/*.json` and `data/site.json`), validates and cross-checks them, and builds
 * the indexes. The texts come from disk (scripts, tests) or through Vite's module graph (the site, see
 * `vite-plugin.ts`), so both read the same data and one parser reports the same errors.
 * Node-only: import it from server code and scripts, never from components.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { files, siteFile } from './schema.ts';
import { FILE, GraphValidationError, validateGraph, type FileKey, type GraphError, type RawFiles } from './validate.ts';
import { buildIndexes, type Graph } from './indexes.ts';

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

const BOM = '\uFEFF';

/** The line and column (both from 1) of a character offset. */
function lineAndColumn(text: string, at: number): { line: number; column: number } {
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where and why a text is not JSON, found by a strict scan of the JSON grammar (RFC 8259). Only called when
 * `JSON.parse` has failed; it exists because the engine's own message differs between Node versions and
 * gives a character offset rather than a line and column.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; reason: string } | undefined {
	let i = 0;
	class Stop {
		constructor(
			public at: number,
			public reason: string
		) {}
	}
	const found = () => (i >= text.length ? 'the end of the file' : text[i] === '"' ? `'"'` : JSON.stringify(text[i]));
	const stop = (reason: string, at = i): never => {
		throw new Stop(at, reason);
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const string = () => {
		const opened = i++;
		for (;;) {
			if (i >= text.length) stop('a string is never closed', opened);
			const c = text[i];
			if (c === '"') return void i++;
			if (c === '\n' || c === '\r') stop('a line break inside a string (write \\n, or close the string)');
			if (c < ' ') stop('a control character inside a string');
			if (c === '\\') {
				const e = text[i + 1];
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('"\\u" must be followed by four hex digits');
					i += 6;
				} else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
				else stop(`an invalid escape "\\${e ?? ''}" in a string`);
			} else i++;
		}
	};
	const sequence = (close: ']' | '}', member: () => void, what: string) => {
		i++;
		space();
		if (text[i] === close) return void i++;
		for (;;) {
			member();
			space();
			if (text[i] === close) return void i++;
			if (text[i] !== ',') stop(`expected "," or "${close}" after ${what}, found ${found()}`);
			const comma = i++;
			space();
			if (text[i] === close) stop(`a trailing comma before "${close}"`, comma);
		}
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{')
			return sequence(
				'}',
				() => {
					space();
					if (text[i] !== '"') stop(`expected a property name in double quotes, found ${found()}`);
					string();
					space();
					if (text[i] !== ':') stop(`expected ":" after a property name, found ${found()}`);
					i++;
					value();
				},
				'a property'
			);
		if (c === '[') return sequence(']', value, 'an array element');
		if (c === '"') return string();
		const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
		number.lastIndex = i;
		if ((c === '-' || (c >= '0' && c <= '9')) && number.test(text)) return void (i = number.lastIndex);
		for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
		stop(i >= text.length ? 'the file ends where a value was expected' : `unexpected ${found()} where a value was expected`);
	};
	try {
		value();
		space();
		if (i < text.length) stop(`unexpected ${found()} after the end of the JSON value`);
		return undefined;
	} catch (e) {
		if (!(e instanceof Stop)) throw e;
		return { ...lineAndColumn(text, e.at), reason: e.reason };
	}
}

/**
 * JSON-parses each file's text. A file's fault is reported in one line — missing, empty, a byte-order mark
 * (named, then stripped so its records are still checked), or the line and column of its first syntax
 * error — and a file that cannot be read is listed in `unreadable`, so no follow-on error is reported for it.
 */
export function parseGraphTexts(texts: GraphTexts): { raw: RawFiles; errors: GraphError[]; unreadable: (FileKey | 'site')[] } {
	const errors: GraphError[] = [];
	const unreadable: (FileKey | 'site')[] = [];
	const raw = {} as RawFiles;
	for (const [key, file] of Object.entries(graphFiles) as [FileKey | 'site', string][]) {
		let text = texts[file];
		raw[key] = key === 'site' ? {} : [];
		const fault = (reason: string) => errors.push({ file, id: FILE, field: '', reason });
		if (text === undefined) {
			fault('file is missing');
			unreadable.push(key);
			continue;
		}
		if (text.startsWith(BOM)) {
			fault('starts with a byte-order mark (U+FEFF): save it as UTF-8 without one');
			text = text.slice(1);
		}
		if (!text.trim()) {
			fault('file is empty');
			unreadable.push(key);
			continue;
		}
		try {
			raw[key] = JSON.parse(text);
		} catch (e) {
			const where = jsonSyntaxError(text);
			fault(where ? `is not valid JSON: line ${where.line}, column ${where.column}: ${where.reason}` : `is not valid JSON: ${(e as Error).message}`);
			unreadable.push(key);
		}
	}
	return { raw, errors, unreadable };
}

/** Every error and every warning in the graph. */
export function inspectTexts(texts: GraphTexts): { errors: GraphError[]; warnings: GraphError[] } {
	const { raw, errors, unreadable } = parseGraphTexts(texts);
	const result = validateGraph(raw, unreadable);
	return { errors: [...errors, ...result.errors], warnings: result.warnings };
}

/** Every error in the graph (empty when it is valid). */
export function checkTexts(texts: GraphTexts): GraphError[] {
	return inspectTexts(texts).errors;
}

/** Builds the graph from its files' texts, throwing on any error. */
export function graphFromTexts(texts: GraphTexts): Graph {
	const { raw, errors, unreadable } = parseGraphTexts(texts);
	const result = validateGraph(raw, unreadable);
	const all = [...errors, ...result.errors];
	if (all.length) throw new GraphValidationError(all);
	return buildIndexes(result.data);
}

/** Every error in the graph under `root`. */
export const checkGraph = (root: string): GraphError[] => checkTexts(readGraphTexts(root));

/** Every error and warning in the graph under `root`. */
export const inspectGraph = (root: string) => inspectTexts(readGraphTexts(root));

/** Loads the graph under `root`, throwing on any error. */
export const loadGraph = (root: string): Graph => graphFromTexts(readGraphTexts(root));

/** The folder of the essays, under the data root. */
export const essaysDir = 'data/essays';

/** Each file's text in a folder under the data root whose name ends in `ext`, by its path (`data/essays/01-….md`), in file-name order. */
function readFolder(root: string, folder: string, ext: string): Record<string, string> {
	const dir = join(root, folder);
	if (!existsSync(dir)) return {};
	return Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith(ext))
			.sort()
			.map((f) => [`${folder}/${f}`, readFileSync(join(dir, f), 'utf8')])
	);
}

/** Each essay's text, by its path under the data root (`data/essays/01-soft-law-era.md`). */
export const readEssayTexts = (root: string) => readFolder(root, essaysDir, '.md');

/** The folder of the lessons, under the data root. */
export const lessonsDir = 'data/lessons';

/** Each lesson's text, by its path under the data root (`data/lessons/why-a-convention.json`). */
export const readLessonTexts = (root: string) => readFolder(root, lessonsDir, '.json');
