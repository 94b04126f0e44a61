/**
 * The collections beside the graph (the essays; lessons later), read from the data root and checked against
 * a valid graph. Used by `check:data` and by the data plugin before a build, so both report the same lines.
 */
import { readEssayTexts } from './load.ts';
import { checkEssays, parseEssay, type ParsedEssay } from './essays.ts';
import type { GraphError } from './validate.ts';
import type { Graph } from './indexes.ts';

/** Parses every essay under `root` and checks it against `graph`: every error, each naming file, essay and line. */
export function checkCollections(root: string, graph: Graph): { essays: ParsedEssay[]; errors: GraphError[] } {
	const errors: GraphError[] = [];
	const essays: ParsedEssay[] = [];
	for (const [file, text] of Object.entries(readEssayTexts(root))) {
		const parsed = parseEssay(file, text);
		errors.push(...parsed.errors);
		if (parsed.essay) essays.push(parsed.essay);
	}
	errors.push(...checkEssays(essays, graph));
	return { essays, errors };
}
