import { getGraph } from '$lib/server/graph';
import { eventRef, groupByYear } from '$lib/graph/views';

export function load() {
	return { years: groupByYear(getGraph().events.map(eventRef)) };
}
