/**
 * `npm run check:data [dir]`: validates the event graph in `dir` (default: the project root) and prints
 * every error — file, record id, field, reason — exiting non-zero if there is any.
 */
import { checkGraph, dataRoot } from '../src/lib/graph/load';
import { formatError } from '../src/lib/graph/validate';

const root = process.argv[2] ?? dataRoot();
const errors = checkGraph(root);
if (errors.length) {
	for (const e of errors) console.error(formatError(e));
	console.error(`\ncheck:data: ${errors.length} error(s) in the event graph under ${root}`);
	process.exit(1);
}
const { loadGraph } = await import('../src/lib/graph/load');
const g = loadGraph(root);
console.log(
	`check:data: the event graph is valid — ${g.events.length} events, ${g.actors.length} actors, ` +
		`${g.quotes.length} quotations, ${g.sources.length} sources, ${g.themes.length} themes`
);
