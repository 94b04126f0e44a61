import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { citationView, countryRef, eventRef, quoteView } from '$lib/graph/views';
import { timelineData } from '$lib/server/timeline';
import { essaysMentioning } from '$lib/server/essays';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getGraph().actors.map((a) => ({ id: a.id }));

export function load({ params }) {
	const g = getGraph();
	const actor = g.actorById.get(params.id);
	if (!actor) error(404, `No actor "${params.id}"`);
	return {
		actor: { id: actor.id, name: actor.name, kind: actor.kind, summary: actor.summary },
		country: actor.country ? countryRef(actor.country) : undefined,
		roles: actor.roles.map((r) => ({
			title: r.title,
			body: r.body,
			bodyActor: r.bodyActor ? { id: r.bodyActor, name: g.actorById.get(r.bodyActor)!.name } : undefined,
			from: r.from,
			to: r.to,
			citations: r.sources.map((c) => citationView(g, c))
		})),
		events: (g.eventsByActor.get(actor.id) ?? []).map(eventRef),
		quotes: (g.quotesBySpeaker.get(actor.id) ?? []).map((q) => quoteView(g, q)),
		citations: actor.sources.map((c) => citationView(g, c)),
		essays: essaysMentioning(g, actor.id),
		// Only actors that events name have a timeline of their own.
		timeline: g.eventsByActor.has(actor.id) ? timelineData(g, String(new Date().getUTCFullYear())) : undefined
	};
}
