import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { citationView, countryEvents, countryRef, eventRef, quoteView, relatedActors, withoutEvents } from '$lib/graph/views';
import { emptyQuery, encodeQuery } from '$lib/state/query';
import { rolesLayout } from '$lib/components/records/roles-chart';
import { m } from '$lib/messages';
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
	const ofCountry = asCountry ? countryEvents(g, asCountry) : undefined;
	// The timeline filtered to the events this page lists: a state's are its country's (the timeline's country
	// facet uses the same definition), anyone else's those that name them. None when there are none.
	const filter = asCountry ? { country: [asCountry] } : { actor: [actor.id] };
	const onTimeline = (ofCountry ? ofCountry.length : g.eventsByActor.has(actor.id)) ? encodeQuery({ ...emptyQuery(), ...filter }) : undefined;
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
		// Each bar named as the list names the role: its title and the body it was held in.
		rolesChart: rolesLayout(
			actor.roles.map((r) => ({ ...r, title: [r.title, r.body ?? (r.bodyActor && g.actorById.get(r.bodyActor)!.name)].filter(Boolean).join(', ') })),
			{ from: m.actor.from, until: m.actor.until }
		),
		countryEvents: ofCountry,
		related: relatedActors(g, actor),
		onTimeline,
		withoutEvents: missing ? { quotes: missing.quotes, bodyOf: missing.bodyOf.map((a) => a.name) } : undefined,
		quotes: (g.quotesBySpeaker.get(actor.id) ?? []).map((q) => quoteView(g, q)),
		citations: actor.sources.map((c) => citationView(g, c)),
		essays: essaysMentioning(g, actor.id),
		// Only actors that events name have a timeline of their own; a state's list is its country's, which the
		// actor-filtered mini timeline would contradict.
		timeline: g.eventsByActor.has(actor.id) && !asCountry ? timelineData(g, String(new Date().getUTCFullYear())) : undefined
	};
}
