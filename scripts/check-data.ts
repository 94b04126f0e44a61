/**
 * `npm run check:data [dir]`: validates the event graph in `dir` (default: `PALERMO_DATA_ROOT`, else the
 * project root — the same data the build reads) and prints every error — file, record id, field, reason —
 * one a line, exiting 1 if there is any. Warnings (records nothing references) are printed but do not fail.
 */
import { dataRoot, graphFromTexts, inspectTexts, readGraphTexts } from '../src/lib/graph/load';
import { formatError } from '../src/lib/graph/validate';
import { checkCollections } from '../src/lib/graph/collections';

const root = process.argv[2] ?? dataRoot();
const texts = readGraphTexts(root);
const { errors, warnings } = inspectTexts(texts);
for (const e of errors) console.error(formatError(e));
for (const w of warnings) console.error(`warning: ${formatError(w)}`);
const warned = warnings.length ? ` and ${warnings.length} warning(s)` : '';
if (errors.length) {
	console.error(`\ncheck:data: ${errors.length} error(s)${warned} in the event graph under ${root}`);
	process.exit(1);
}
const g = graphFromTexts(texts);
const { essays, lessons, errors: essayErrors } = checkCollections(root, g);
if (essayErrors.length) {
	for (const e of essayErrors) console.error(formatError(e));
	console.error(`\ncheck:data: ${essayErrors.length} error(s) in the essays or lessons under ${root}`);
	process.exit(1);
}
console.log(
	`check:data: the event graph is valid${warned} — ${g.events.length} events, ${g.actors.length} actors, ` +
		`${g.quotes.length} quotations, ${g.sources.length} sources, ${g.themes.length} themes, ${essays.length} essays, ${lessons.length} lessons`
);
