import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { citationView, countryEvents, countryRef, eventRef, quoteView, withoutEvents } from '$lib/graph/views';
import { timelineData } from '$lib/server/timeline';
import { essaysMentioning } from '$lib/server/essays';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getGraph().actors.map((a) => ({ id: a.id }));

export function load({ params }) {
	const g = getGraph();
	const actor = g.actorById.get(params.id);
	if (!actor) error(404, `No actor "${params.id}"`);
	// A state's page lists its country's events (the state, its people, what it hosted), as its country page does.
	const asCountry = actor.kind === 'state' && actor.country ? actor.country : undefined;
	const missing = withoutEvents(g, actor);
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
		countryEvents: asCountry ? countryEvents(g, asCountry) : undefined,
		withoutEvents: missing ? { quotes: missing.quotes, bodyOf: missing.bodyOf.map((a) => a.name) } : undefined,
		quotes: (g.quotesBySpeaker.get(actor.id) ?? []).map((q) => quoteView(g, q)),
		citations: actor.sources.map((c) => citationView(g, c)),
		essays: essaysMentioning(g, actor.id),
		// Only actors that events name have a timeline of their own; a state's list is its country's, which the
		// actor-filtered mini timeline would contradict.
		timeline: g.eventsByActor.has(actor.id) && !asCountry ? timelineData(g, String(new Date().getUTCFullYear())) : undefined
	};
}
