import { getGraph } from '$lib/server/graph';
import { eventRef, groupByYear } from '$lib/graph/views';

export function load() {
	// Each event with its summary: the list reads (and prints) as the story, not as bare titles.
	return { years: groupByYear(getGraph().events.map((e) => ({ ...eventRef(e), summary: e.summary }))) };
}
