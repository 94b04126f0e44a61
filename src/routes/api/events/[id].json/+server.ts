import { error, json } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { eventDetail } from '$lib/server/event';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => getGraph().events.map((e) => ({ id: e.id }));

/** One event's detail, as the event page shows it: fetched by the timeline's detail panel when an event is chosen. */
export function GET({ params }) {
	const g = getGraph();
	const event = g.eventById.get(params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return json(eventDetail(g, event));
}
