/**
 * Serializable views of the graph for page data: each page gets the records it shows, already joined
 * (names for ids, titles for links), and nothing else.
 */
import type { Graph } from './indexes';
import type { Actor, Citation, Dispute, Event, EventKind, Quote, Source } from './schema';
import { countryName } from './countries';
import type { LinkTypeId } from './vocab';
import { formatDate } from './format';
import { periodEnd, periodStart } from './dates';
import { publicLocator } from '$lib/components/records/citations';
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

/** A citation as readers see it: the source's label and the locator without the curators' notes (they stay in the data). */
export function citationView(g: Graph, c: Citation): CitationView {
	return { source: sourceRef(g.sourceById.get(c.source)!), locator: publicLocator(c.locator) };
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

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Countries. One definition of "a country's events", used by /countries, /countries/<ISO3>, /actors and
// /actors/<state>, so that every page counts the same set.

/** The kinds of event that meet somewhere: the country they meet in is their host country. */
const MEETING_KINDS = new Set<EventKind>([
	'crime-congress', 'ministerial-conference', 'regional-workshop', 'commission-session', 'committee-session',
	'expert-meeting', 'signing-conference', 'cop-session'
]);
/** The kinds of event that are acts on the treaty itself. */
const TREATY_KINDS = new Set<EventKind>(['treaty-action', 'entry-into-force']);

/**
 * A country's part in one event, read from the event's own fields (never guessed):
 * - `host`: a meeting held in the country (`place.country`); `place`: any other event that happened there;
 * - `state`: the event names the state itself (an actor of kind `state` whose `country` it is);
 * - `national`: the event names a person of the country, with the offices the person held in a body the
 *   event also names, at the time (the actor's `roles` whose `bodyActor` is among the event's actors and whose
 *   dates, if any, overlap the event's);
 * - `institution`: the event names another actor of the country (a ministry, an agency);
 * - `named`: the event lists the country in `countries` and ties it in no other way.
 */
export type CountryRole =
	| { kind: 'host' | 'place' | 'state' | 'named' }
	| { kind: 'national' | 'institution'; actor: ActorRef; offices: string[] };

export interface CountryEvent {
	event: EventRef;
	roles: CountryRole[];
}

const overlaps = (e: Event, from?: string, to?: string) =>
	(!from || periodStart(from) < periodEnd(e.end ?? e.start)) && (!to || periodStart(e.start) < periodEnd(to));

/** The offices `a` held in a body that event `e` names, at the time of the event. */
function officesAt(a: Actor, e: Event): string[] {
	return a.roles.filter((r) => r.bodyActor && e.actors.includes(r.bodyActor) && overlaps(e, r.from, r.to)).map((r) => r.title);
}

/**
 * The countries an event is tied to: those it names (`countries`), the one it took place in (`place.country`)
 * and those of the actors it names (`country` of the state, its nationals, its institutions) — each once.
 * The one definition of "a country's events"; the timeline's country filter should use it too.
 */
export function eventCountryCodes(g: Graph, e: Event): string[] {
	const codes = new Set<string>(e.countries);
	if (e.place?.country) codes.add(e.place.country);
	for (const id of e.actors) {
		const code = g.actorById.get(id)?.country;
		if (code) codes.add(code);
	}
	return [...codes];
}

/** Country `code`'s part in event `e` (empty when the event is not tied to the country). */
export function countryRoles(g: Graph, code: string, e: Event): CountryRole[] {
	const roles: CountryRole[] = [];
	if (e.place?.country === code) roles.push({ kind: MEETING_KINDS.has(e.kind) ? 'host' : 'place' });
	const actors = e.actors.map((id) => g.actorById.get(id)!).filter((a) => a.country === code);
	if (actors.some((a) => a.kind === 'state')) roles.push({ kind: 'state' });
	for (const a of actors)
		if (a.kind !== 'state') roles.push({ kind: a.kind === 'person' ? 'national' : 'institution', actor: actorRef(a), offices: officesAt(a, e) });
	if (!roles.length && e.countries.includes(code)) roles.push({ kind: 'named' });
	return roles;
}

/** Country `code`'s events, in chronological order, each once with the country's roles in it. */
export function countryEvents(g: Graph, code: string): CountryEvent[] {
	return g.events.filter((e) => eventCountryCodes(g, e).includes(code)).map((e) => ({ event: eventRef(e), roles: countryRoles(g, code, e) }));
}

const countsCache = new WeakMap<Graph, Map<string, number>>();
/** The number of events of every country, by the same definition as `countryEvents`. */
export function countryEventCounts(g: Graph): Map<string, number> {
	let counts = countsCache.get(g);
	if (!counts) {
		counts = new Map();
		for (const e of g.events) for (const code of eventCountryCodes(g, e)) counts.set(code, (counts.get(code) ?? 0) + 1);
		countsCache.set(g, counts);
	}
	return counts;
}

/** Every country the graph mentions, by events or by actors. */
export function countryCodes(g: Graph): string[] {
	const codes = new Set<string>(countryEventCounts(g).keys());
	for (const a of g.actors) if (a.country) codes.add(a.country);
	return [...codes];
}

/** The state actor of a country, when the graph has one. */
export function stateOf(g: Graph, code: string): Actor | undefined {
	return g.actors.find((a) => a.kind === 'state' && a.country === code);
}

/**
 * The number of events an actor's page lists: for a state, its country's events (the state, its nationals,
 * what it hosted), so /actors, /actors/<state>, /countries and /countries/<ISO3> agree; for any other actor,
 * the events that name it.
 */
export function actorEventCount(g: Graph, a: Actor): number {
	return a.kind === 'state' && a.country ? (countryEventCounts(g).get(a.country) ?? 0) : (g.eventsByActor.get(a.id)?.length ?? 0);
}

/** Another actor named in the same events as an actor, with the number of events they share. */
export interface RelatedActor {
	actor: ActorRef;
	shared: number;
}

/**
 * The actors named most often in the same events as `a` (its own events, `eventsByActor`: for a state too,
 * so that the relation is the same seen from either side), at most `limit`, by the number of shared events,
 * then by name and id, so that ties always come out in one order.
 */
export function relatedActors(g: Graph, a: Actor, limit = 6): RelatedActor[] {
	const shared = new Map<string, number>();
	for (const e of g.eventsByActor.get(a.id) ?? [])
		for (const id of new Set(e.actors)) if (id !== a.id) shared.set(id, (shared.get(id) ?? 0) + 1);
	return [...shared]
		.map(([id, n]) => ({ actor: actorRef(g.actorById.get(id)!), shared: n }))
		.sort((x, y) => y.shared - x.shared || x.actor.name.localeCompare(y.actor.name, 'en') || x.actor.id.localeCompare(y.actor.id))
		.slice(0, limit);
}

/** A person or institution of a country, with the offices the sources give them. */
export interface CountryMember {
	actor: ActorRef;
	offices: { title: string; body?: string; from?: string; to?: string }[];
	events: number;
}

/** Everything a country's page shows: the state as actor, its people and institutions, its events with its role in each, what it hosted, its treaty actions and its quotations. */
export function countryDossier(g: Graph, code: string) {
	const events = countryEvents(g, code);
	const state = stateOf(g, code);
	const members = g.actors.filter((a) => a.country === code && a.kind !== 'state');
	const speakers = new Set([...(state ? [state.id] : []), ...members.map((a) => a.id)]);
	const has = (ce: CountryEvent, kind: CountryRole['kind']) => ce.roles.some((r) => r.kind === kind);
	return {
		country: countryRef(code),
		state: state ? { ...actorRef(state), summary: state.summary } : undefined,
		members: members.map(
			(a): CountryMember => ({
				actor: actorRef(a),
				offices: a.roles.map((r) => {
					const named = r.body ?? (r.bodyActor ? g.actorById.get(r.bodyActor)?.name : undefined);
					// "Mayor of Palermo", not "Mayor of Palermo, Palermo".
					// Nor "… of the CCPCJ, Commission on Crime Prevention and Criminal Justice (CCPCJ)".
					const short = named?.match(/\(([A-Z][A-Za-z]+)\)/)?.[1];
					const body = named && !r.title.includes(named) && !(short && r.title.includes(short)) ? named : undefined;
					return { title: r.title, ...(body ? { body } : {}), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
				}),
				events: g.eventsByActor.get(a.id)?.length ?? 0
			})
		),
		events,
		hosted: events.filter((ce) => has(ce, 'host')).map((ce) => ce.event),
		treatyActions: events.filter((ce) => TREATY_KINDS.has(ce.event.kind)).map((ce) => ce.event),
		quotes: g.quotes.filter((q) => speakers.has(q.speaker)).map((q) => quoteView(g, q))
	};
}

/**
 * Why an actor has no event: what else the graph says of them (quoted, named in another actor's office, or
 * only cited), so a page can tell readers why the actor has no mark and no entry in the timeline's filter.
 */
export function withoutEvents(g: Graph, a: Actor): { quotes: number; bodyOf: ActorRef[] } | undefined {
	if (g.eventsByActor.has(a.id)) return undefined;
	return {
		quotes: g.quotesBySpeaker.get(a.id)?.length ?? 0,
		bodyOf: g.actors.filter((o) => o.roles.some((r) => r.bodyActor === a.id)).map(actorRef)
	};
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// The bibliography.

/** A CSL date as an ISO date at its precision, zero-padded: [[2021, 2, 15]] → "2021-02-15". */
export function cslIsoDate(parts: number[] | undefined): string | undefined {
	if (!parts?.length) return undefined;
	const [y, m, d] = parts;
	const pad = (n: number) => String(n).padStart(2, '0');
	return [String(y).padStart(4, '0'), ...(m ? [pad(m)] : []), ...(m && d ? [pad(d)] : [])].join('-');
}

/** A bibliography entry's parts, each already typeset: "2 (1)", "pp. 53–71" as "53–71", "15 February 2021". */
export interface SourceEntry {
	id: string;
	label: string;
	/** The authors, "Ian Tennant", when the label does not already say all of it. */
	authors?: string;
	/** Absent when the label is the title itself (a page without author), so it is not printed twice. */
	title?: string;
	container?: string;
	/** Volume and issue: "2 (1)", "2" or "(1)". */
	volumeIssue?: string;
	/** Page range with an en dash: "53–71". */
	pages?: string;
	/** The date issued, through the one date formatter, and as ISO for `<time>`. */
	issued?: { iso: string; text: string };
	number?: string;
	URL?: string;
	note?: string;
}

export function sourceEntry(s: Source): SourceEntry {
	const label = sourceLabel(s);
	const authors = s.author?.map((a) => ('family' in a ? [a.given, a.family].filter(Boolean).join(' ') : a.literal)).join(', ');
	const volumeIssue = [s.volume, s.issue ? `(${s.issue})` : undefined].filter(Boolean).join(' ');
	const iso = cslIsoDate(s.issued?.['date-parts'][0]);
	return {
		id: s.id,
		label,
		...(authors && !label.startsWith(s.title) ? { authors } : {}),
		...(label !== s.title ? { title: s.title } : {}),
		...(s['container-title'] ? { container: s['container-title'] } : {}),
		...(volumeIssue ? { volumeIssue } : {}),
		...(s.page ? { pages: s.page.replace(/\s*[-‐‑‒–—]+\s*/g, '–') } : {}),
		...(iso ? { issued: { iso, text: formatDate(iso) } } : {}),
		...(s.number ? { number: s.number } : {}),
		...(s.URL ? { URL: s.URL } : {}),
		...(s.note ? { note: s.note } : {})
	};
}

/** What cites one source: its citations in all, and the records they belong to, each once. */
export interface SourceUses {
	/** Every citation of the source: events' and their disputes' claims, actors' and their roles', quotations'. */
	citations: number;
	/** In the graph's order (by date). */
	events: EventRef[];
	/** `opening`: the quotation's first words, for the link's text. */
	quotes: { id: string; speaker: string; opening: string }[];
	/** Actors cited for their summary or a role, by name. */
	actors: ActorRef[];
}

/** A quotation's first eight words, with an ellipsis if it goes on. */
const opening = (text: string) => {
	const words = text.split(/\s+/);
	return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
};

/** Each source's uses, keyed by source id (a source nothing cites has zero of each). */
export function sourceUses(g: Graph): Map<string, SourceUses> {
	const uses = new Map(g.sources.map((s) => [s.id, { citations: 0, events: new Set<Event>(), quotes: new Set<Quote>(), actors: new Set<Actor>() }]));
	const cite = (cs: Citation[]) => cs.map((c) => uses.get(c.source)!).map((u) => (u.citations++, u));
	for (const e of g.events) cite([...e.sources, ...e.disputes.flatMap((d) => d.claims)]).forEach((u) => u.events.add(e));
	for (const a of g.actors) cite([...a.sources, ...a.roles.flatMap((r) => r.sources)]).forEach((u) => u.actors.add(a));
	for (const q of g.quotes) cite([q.source]).forEach((u) => u.quotes.add(q));
	return new Map(
		[...uses].map(([id, u]) => [
			id,
			{
				citations: u.citations,
				events: [...u.events].map(eventRef),
				quotes: [...u.quotes].map((q) => ({ id: q.id, speaker: g.actorById.get(q.speaker)!.name, opening: opening(q.text) })),
				actors: [...u.actors].sort((a, b) => a.name.localeCompare(b.name)).map(actorRef)
			}
		])
	);
}
