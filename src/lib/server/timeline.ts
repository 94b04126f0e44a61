/** Builds what a timeline is given (`TimelineData`) from the graph, at build time. Server-only. */
import type { Graph } from '$lib/graph/indexes';
import { eventKinds } from '$lib/graph/vocab';
import { countryName } from '$lib/graph/countries';
import { eventCountryCodes } from '$lib/graph/views';
import type { TimelineData, TimelineEventData } from '$lib/timeline/data';
import { getEssays } from './essays';

export function timelineData(g: Graph, until: string): TimelineData {
	const events = g.events.map((e): TimelineEventData => ({
		id: e.id,
		title: e.title,
		start: e.start,
		...(e.end ? { end: e.end } : {}),
		kind: e.kind,
		actors: e.actors,
		// The one definition of a country's events (named, placed there, or naming its actors): the facet agrees with /countries.
		countries: eventCountryCodes(g, e),
		themes: e.themes,
		weight: (g.linksByEvent.get(e.id)?.length ?? 0) * 2 + e.sources.length + (e.kind === 'context' ? -3 : 0),
		disputed: e.disputes.length > 0
	}));
	const used = <K extends 'actors' | 'countries' | 'themes'>(k: K) => new Set(events.flatMap((e) => e[k]));
	const actorIds = used('actors');
	const { lanes, families, links, span, denseAt } = g.site;
	return {
		events,
		links: g.events.flatMap((e) => e.links.map((l) => ({ from: e.id, to: l.to, type: l.type }))),
		eras: g.eras.map(({ id, label, start, end, description }) => ({ id, label, start, ...(end ? { end } : {}), description })),
		names: {
			actor: Object.fromEntries(g.actors.filter((a) => actorIds.has(a.id)).map((a) => [a.id, a.name])),
			country: Object.fromEntries([...used('countries')].map((c) => [c, countryName(c)])),
			kind: Object.fromEntries([...new Set(events.map((e) => e.kind))].map((k) => [k, eventKinds[k]])),
			theme: Object.fromEntries(g.themes.filter((t) => used('themes').has(t.id)).map((t) => [t.id, t.label]))
		},
		settings: { lanes, families, links, ...(span ? { span } : {}), ...(denseAt ? { denseAt } : {}) },
		essays: getEssays().filter((e) => e.front.events.length).map((e) => ({ slug: e.slug, title: e.front.title, events: e.front.events })),
		until
	};
}
