/**
 * What the timeline page is given at build time: compact events, the names for every filter value,
 * the links between events and the eras. Built from the graph by `timelineData`.
 */
import type { Graph } from '$lib/graph/indexes';
import type { EventKindId, LinkTypeId } from '$lib/graph/vocab';
import { eventKinds } from '$lib/graph/vocab';
import { countryRef } from '$lib/graph/views';

export interface TimelineEventData {
	id: string;
	title: string;
	start: string;
	end?: string;
	kind: EventKindId;
	actors: string[];
	countries: string[];
	themes: string[];
	/** Label priority: events with more links and sources are labelled first. */
	weight: number;
	disputed: boolean;
}

export interface TimelineData {
	events: TimelineEventData[];
	links: { from: string; to: string; type: LinkTypeId }[];
	eras: { id: string; label: string; start: string; end?: string; description: string }[];
	names: { actor: Record<string, string>; country: Record<string, string>; kind: Record<string, string>; theme: Record<string, string> };
	/** The last year the axis should reach. */
	until: string;
}

export function timelineData(g: Graph, until: string): TimelineData {
	const events = g.events.map((e): TimelineEventData => ({
		id: e.id,
		title: e.title,
		start: e.start,
		...(e.end ? { end: e.end } : {}),
		kind: e.kind,
		actors: e.actors,
		countries: [...new Set([...e.countries, ...(e.place?.country ? [e.place.country] : [])])],
		themes: e.themes,
		weight: (g.linksByEvent.get(e.id)?.length ?? 0) * 2 + e.sources.length + (e.kind === 'context' ? -3 : 0),
		disputed: e.disputes.length > 0
	}));
	const used = <K extends 'actors' | 'countries' | 'themes'>(k: K) => new Set(events.flatMap((e) => e[k]));
	const actorIds = used('actors');
	return {
		events,
		links: g.events.flatMap((e) => e.links.map((l) => ({ from: e.id, to: l.to, type: l.type }))),
		eras: g.eras.map(({ id, label, start, end, description }) => ({ id, label, start, ...(end ? { end } : {}), description })),
		names: {
			actor: Object.fromEntries(g.actors.filter((a) => actorIds.has(a.id)).map((a) => [a.id, a.name])),
			country: Object.fromEntries([...used('countries')].map((c) => [c, countryRef(c).name])),
			kind: Object.fromEntries([...new Set(events.map((e) => e.kind))].map((k) => [k, eventKinds[k]])),
			theme: Object.fromEntries(g.themes.filter((t) => used('themes').has(t.id)).map((t) => [t.id, t.label]))
		},
		until
	};
}
