/** What an event's page and the timeline's detail panel show: the event joined with the graph, and the essays that cite it. Server-only. */
import type { Graph } from '$lib/graph/indexes';
import type { Event } from '$lib/graph/schema';
import { eventPageView } from '$lib/graph/views';
import { citingByEvent, type Citing } from './essays';

let citing: Map<string, Citing[]> | undefined;

export function eventDetail(g: Graph, e: Event) {
	citing ??= citingByEvent();
	return { ...eventPageView(g, e), essays: citing.get(e.id) ?? [] };
}
