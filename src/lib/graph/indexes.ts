/**
 * The indexes of a validated graph: records by id, events by actor, country and theme, quotations by
 * event and speaker, and links in both directions. Built once, at build time.
 */
import type { Actor, Era, Event, LinkType, Quote, Site, Source, Theme } from './schema.ts';
import type { ValidGraphData } from './validate.ts';
import { compareIso } from './dates.ts';

export interface LinkRef {
	type: LinkType;
	/** The event on the other end. */
	event: string;
	/** `out`: this event → other; `in`: other → this event. */
	direction: 'out' | 'in';
	note?: string;
}

export interface Graph {
	/** Events in chronological order. */
	events: Event[];
	actors: Actor[];
	quotes: Quote[];
	sources: Source[];
	themes: Theme[];
	/** Eras in order. */
	eras: Era[];
	/** The treaty's identity: names, introduction, lanes, kind families, link styles. */
	site: Site;
	eventById: Map<string, Event>;
	actorById: Map<string, Actor>;
	quoteById: Map<string, Quote>;
	sourceById: Map<string, Source>;
	themeById: Map<string, Theme>;
	eventsByActor: Map<string, Event[]>;
	eventsByCountry: Map<string, Event[]>;
	eventsByTheme: Map<string, Event[]>;
	quotesByEvent: Map<string, Quote[]>;
	quotesBySpeaker: Map<string, Quote[]>;
	/** Every link touching an event, outgoing and incoming. */
	linksByEvent: Map<string, LinkRef[]>;
}

function groupBy<T>(items: T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items)
		for (const key of new Set(keys(item))) {
			const list = map.get(key);
			if (list) list.push(item);
			else map.set(key, [item]);
		}
	return map;
}

/** Chronological order, ties broken by end then id, so the order is stable. */
export function compareEvents(a: Event, b: Event): number {
	return compareIso(a.start, b.start) || compareIso(a.end ?? a.start, b.end ?? b.start) || a.id.localeCompare(b.id);
}

export function buildIndexes(data: ValidGraphData): Graph {
	const events = [...data.events].sort(compareEvents);
	const linksByEvent = new Map<string, LinkRef[]>(events.map((e) => [e.id, []]));
	for (const e of events)
		for (const l of e.links) {
			linksByEvent.get(e.id)!.push({ type: l.type, event: l.to, direction: 'out', note: l.note });
			linksByEvent.get(l.to)?.push({ type: l.type, event: e.id, direction: 'in', note: l.note });
		}
	const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
	return {
		...data,
		events,
		eras: [...data.eras].sort((a, b) => compareIso(a.start, b.start)),
		eventById: byId(events),
		actorById: byId(data.actors),
		quoteById: byId(data.quotes),
		sourceById: byId(data.sources),
		themeById: byId(data.themes),
		eventsByActor: groupBy(events, (e) => e.actors),
		eventsByCountry: groupBy(events, (e) => [...e.countries, ...(e.place?.country ? [e.place.country] : [])]),
		eventsByTheme: groupBy(events, (e) => e.themes),
		quotesByEvent: groupBy(data.quotes, (q) => (q.event ? [q.event] : [])),
		quotesBySpeaker: groupBy(data.quotes, (q) => [q.speaker]),
		linksByEvent
	};
}
