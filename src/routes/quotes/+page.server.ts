import { getGraph } from '$lib/server/graph';
import { quoteView } from '$lib/graph/views';
import { compareIso } from '$lib/graph/dates';

export function load() {
	const g = getGraph();
	const views = g.quotes.map((q) => quoteView(g, q));
	// Dated quotations in order, then the undated (interviews), by speaker.
	const dated = views.filter((q) => q.date).sort((a, b) => compareIso(a.date!, b.date!));
	const undated = views.filter((q) => !q.date).sort((a, b) => a.speaker.name.localeCompare(b.speaker.name));
	return { dated, undated };
}
