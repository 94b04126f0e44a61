/**
 * Serializable views of the graph for page data: each page gets the records it shows, already joined
 * (names for ids, titles for links), and nothing else.
 */
import type { Graph } from './indexes';
import type { Actor, Citation, Dispute, Event, Quote, Source } from './schema';
import { countryName } from './countries';
import type { LinkTypeId } from './vocab';
export { groupByYear } from './dates';

export type EventRef = Pick<Event, 'id' | 'title' | 'start' | 'end' | 'kind'>;
export type ActorRef = Pick<Actor, 'id' | 'name' | 'kind'>;
export interface CountryRef {
	code: string;
	name: string;
}
export interface SourceRef {
	id: string;
	/** Short label: "Tennant 2021", "UNIS press release UNIS/CP/463". */
	label: string;
	title: string;
	URL?: string;
}
export interface CitationView {
	source: SourceRef;
	locator: string;
}
export interface DisputeView {
	topic: string;
	note?: string;
	claims: { value: string; citation: CitationView }[];
}
export interface QuoteView {
	id: string;
	text: string;
	date?: string;
	context: string;
	speaker: ActorRef;
	event?: EventRef;
	citation: CitationView;
	citedAs?: string;
}
export interface LinkView {
	type: LinkTypeId;
	label: string;
	direction: 'out' | 'in';
	event: EventRef;
	note?: string;
}

export const eventRef = ({ id, title, start, end, kind }: Event): EventRef => (end ? { id, title, start, end, kind } : { id, title, start, kind });
export const actorRef = ({ id, name, kind }: Actor): ActorRef => ({ id, name, kind });
export const countryRef = (code: string): CountryRef => ({ code, name: countryName(code) });

export function sourceLabel(s: Source): string {
	const year = s.issued?.['date-parts'][0]?.[0];
	const first = s.author?.[0];
	if (first) {
		const name = 'family' in first ? first.family : first.literal;
		return year ? `${name} ${year}` : name;
	}
	if (s['container-title'] && s.type === 'entry-encyclopedia') return year ? `${s['container-title']} ${year}` : s['container-title'];
	return s.title;
}

export const sourceRef = (s: Source): SourceRef => ({ id: s.id, label: sourceLabel(s), title: s.title, ...(s.URL ? { URL: s.URL } : {}) });

export function citationView(g: Graph, c: Citation): CitationView {
	return { source: sourceRef(g.sourceById.get(c.source)!), locator: c.locator };
}

export function disputeView(g: Graph, d: Dispute): DisputeView {
	return {
		topic: d.topic,
		...(d.note ? { note: d.note } : {}),
		claims: d.claims.map((c) => ({ value: c.value, citation: citationView(g, c) }))
	};
}

export function quoteView(g: Graph, q: Quote): QuoteView {
	const event = q.event ? g.eventById.get(q.event) : undefined;
	return {
		id: q.id,
		text: q.text,
		...(q.date ? { date: q.date } : {}),
		context: q.context,
		speaker: actorRef(g.actorById.get(q.speaker)!),
		...(event ? { event: eventRef(event) } : {}),
		citation: citationView(g, q.source),
		...(q.citedAs ? { citedAs: q.citedAs } : {})
	};
}

/** Everything the event page shows. */
export function eventPageView(g: Graph, e: Event) {
	const index = g.events.indexOf(e);
	return {
		event: e,
		actors: e.actors.map((id) => actorRef(g.actorById.get(id)!)),
		countries: e.countries.map(countryRef),
		place: e.place ? { city: e.place.city, country: e.place.country ? countryRef(e.place.country) : undefined } : undefined,
		themes: e.themes.map((id) => g.themeById.get(id)!),
		quotes: (g.quotesByEvent.get(e.id) ?? []).map((q) => quoteView(g, q)),
		citations: e.sources.map((c) => citationView(g, c)),
		disputes: e.disputes.map((d) => disputeView(g, d)),
		links: (g.linksByEvent.get(e.id) ?? []).map(
			(l): LinkView => ({
				type: l.type,
				label: g.site.links[l.type][l.direction],
				direction: l.direction,
				event: eventRef(g.eventById.get(l.event)!),
				...(l.note ? { note: l.note } : {})
			})
		),
		previous: index > 0 ? eventRef(g.events[index - 1]) : undefined,
		next: index < g.events.length - 1 ? eventRef(g.events[index + 1]) : undefined
	};
}

/** Every country the graph mentions, by events or by actors. */
export function countryCodes(g: Graph): string[] {
	const codes = new Set<string>(g.eventsByCountry.keys());
	for (const a of g.actors) if (a.country) codes.add(a.country);
	return [...codes];
}
