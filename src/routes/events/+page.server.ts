import { getGraph } from '$lib/graph/load';
import { eventRef, groupByYear } from '$lib/graph/views';

export function load() {
	return { years: groupByYear(getGraph().events.map(eventRef)) };
}
