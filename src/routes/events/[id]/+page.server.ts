import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { eventDetail } from '$lib/server/event';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getGraph().events.map((e) => ({ id: e.id }));

export function load({ params }) {
	const g = getGraph();
	const event = g.eventById.get(params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return eventDetail(g, event);
}
