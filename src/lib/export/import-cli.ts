/**
 * What `npm run import:timelinejs <file>` and `npm run import:csv <file>` do: read the file, make candidate
 * events (printed to stdout as a JSON array in our format) and say on stderr what the event schema makes of
 * them. Every fault is one line and exit code 1, never a stack trace. Node-only.
 */
import { readFileSync } from 'node:fs';
import { dataRoot, loadGraph } from '../graph/load.ts';
import { formatError } from '../graph/validate.ts';
import type { Site } from '../graph/schema.ts';
import { ImportError, checkCandidates, type Candidate } from './import.ts';

export type Parser = (text: string, file: string, lanes: Site['lanes']) => Candidate[];

export interface Outcome {
	stdout: string;
	stderr: string;
	code: number;
}

/** The lanes and event ids of the project's graph, to map groups to kinds and flag ids in use; none if it does not load. */
function context(): { lanes: Site['lanes']; ids: string[] } {
	try {
		const g = loadGraph(dataRoot());
		return { lanes: g.site.lanes, ids: g.events.map((e) => e.id) };
	} catch {
		return { lanes: [], ids: [] };
	}
}

export function runImport(command: string, args: string[], parse: Parser): Outcome {
	const fail = (message: string): Outcome => ({ stdout: '', stderr: `${command}: ${message}\n`, code: 1 });
	if (args.length !== 1) return fail(`expected one file, got ${args.length}: npm run ${command} <file>`);
	const [file] = args;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`}`);
	}
	const { lanes, ids } = context();
	let candidates: Candidate[];
	try {
		candidates = parse(text, file, lanes);
	} catch (e) {
		if (e instanceof ImportError) return fail(e.message);
		throw e;
	}
	const errors = checkCandidates(candidates, file, ids);
	const faulty = new Set(errors.map((e) => e.id)).size;
	const summary = `${command}: ${candidates.length} candidate event(s) from ${file}; ${errors.length ? `${faulty} need(s) fixing before they go into data/events.json` : 'all pass the event schema'}`;
	return { stdout: JSON.stringify(candidates, null, '\t') + '\n', stderr: [...errors.map(formatError), summary].join('\n') + '\n', code: 0 };
}

/** Runs an import as a script: prints its outcome and exits with its code. */
export function main(command: string, parse: Parser) {
	const { stdout, stderr, code } = runImport(command, process.argv.slice(2), parse);
	process.stdout.write(stdout);
	process.stderr.write(stderr);
	process.exitCode = code;
}
