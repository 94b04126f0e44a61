/**
 * The one URL codec of the timeline view: every state a reader can reach lives in the query string
 * (`?actor=…&country=ITA&kind=…&theme=…&from=1994&to=2000&event=…&trace=1&links=era:drafting&span=1994-01..2001-06&q=…&view=list&faded=1`,
 * repeated keys for several values). `from`/`to` filter by year; `span` is the visible window.
 * Decoding ignores unknown or malformed values and says which, never throws. `links` names the links listed
 * and drawn beyond the open event's: an era's (`era:<id>`) or a lane's (`lane:<id>`); the old `links=all`
 * (every link in view, a knot of arcs) is read as the links of the era at the middle of the window. An era's
 * links always come with a window in the URL: a link that names none opens on the era.
 */
import { isoDateLike, periodEnd, periodStart } from '$lib/graph/dates';

export const facetKeys = ['actor', 'country', 'kind', 'theme'] as const;
export type FacetKey = (typeof facetKeys)[number];
export const views = ['chart', 'list'] as const;
export type View = (typeof views)[number];
export type Span = [Date, Date];
/** The links shown beyond the open event's: those with both ends in one era, or in one lane. */
export interface LinkScope {
	type: 'era' | 'lane';
	id: string;
}

export interface TimelineQuery {
	actor: string[];
	country: string[];
	kind: string[];
	theme: string[];
	from?: number;
	to?: number;
	event?: string;
	/** Whether the selected event's chain of precedents is traced. */
	trace: boolean;
	/** Which links are listed and drawn beyond the selected event's: an era's or a lane's (default: none). */
	links?: LinkScope;
	/** An essay whose events are highlighted. */
	essay?: string;
	/** The visible window; absent for the default one. */
	span?: Span;
	q: string;
	view?: View;
	faded: boolean;
}

/** The known values each parameter may take. */
export interface Vocabulary {
	actor: Set<string>;
	country: Set<string>;
	kind: Set<string>;
	theme: Set<string>;
	event: Set<string>;
	/** The events each essay covers, by slug. */
	essays: Map<string, { title: string; events: string[] }>;
	years: [number, number];
	/** The eras, each with its span (an open-ended era runs to the extent's end), in time order. */
	eras: Map<string, Span>;
	/** The lanes, each with the kinds drawn in it (the last lane also takes any kind no lane names). */
	lanes: { id: string; kinds: readonly string[] }[];
	/** The zoomable extent, and the window shown when the URL names none. */
	full: Span;
	initial: Span;
}

/** An era's span within the zoomable extent (an era may start before the first event or run past the last). */
export function eraWindow(id: string, vocab: Pick<Vocabulary, 'eras' | 'full'>): Span {
	const [s, e] = vocab.eras.get(id)!;
	return [new Date(Math.max(+s, +vocab.full[0])), new Date(Math.min(+e, +vocab.full[1]))];
}

export const emptyQuery = (): TimelineQuery => ({ actor: [], country: [], kind: [], theme: [], q: '', faded: false, trace: false });

const DAY = 864e5;
const iso = (d: Date, precision: 'month' | 'day') => d.toISOString().slice(0, precision === 'month' ? 7 : 10);

/**
 * A window as `from..to`, both ends inclusive: months, or days when the months would span under two years.
 * Stable: decoding and encoding again gives the same text.
 */
export function encodeSpan([a, b]: Span): string {
	const last = new Date(b.getTime() - 1);
	const months = `${iso(a, 'month')}..${iso(last, 'month')}`;
	const [m0, m1] = decodeSpan(months)!;
	return m1.getTime() - m0.getTime() >= 730 * DAY ? months : `${iso(a, 'day')}..${iso(last, 'day')}`;
}

/** The window `from..to` names (each end a year, month or day), or undefined when it is malformed or backwards. */
export function decodeSpan(text: string): Span | undefined {
	const m = /^([\d-]+)\.\.([\d-]+)$/.exec(text);
	if (!m || !isoDateLike(m[1]) || !isoDateLike(m[2])) return undefined;
	const span: Span = [periodStart(m[1]), periodEnd(m[2])];
	return span[1] > span[0] ? span : undefined;
}

export function decodeQuery(params: URLSearchParams, vocab: Vocabulary): { query: TimelineQuery; ignored: string[] } {
	const query = emptyQuery();
	const ignored: string[] = [];
	const known = new Set<string>([...facetKeys, 'from', 'to', 'event', 'trace', 'links', 'essay', 'span', 'q', 'view', 'faded']);
	for (const key of new Set(params.keys())) if (!known.has(key)) ignored.push(`unknown parameter “${key}”`);

	for (const key of facetKeys)
		for (const raw of params.getAll(key)) {
			const value = key === 'country' ? raw.toUpperCase() : raw;
			if (!vocab[key].has(value)) ignored.push(`unknown ${key} “${raw}”`);
			else if (!query[key].includes(value)) query[key].push(value);
		}

	for (const key of ['from', 'to'] as const) {
		const raw = params.get(key);
		if (raw === null) continue;
		const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
		if (Number.isNaN(year) || year < vocab.years[0] - 50 || year > vocab.years[1] + 50) ignored.push(`malformed year “${raw}” for ${key}`);
		else query[key] = year;
	}
	if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
		ignored.push(`year range ${query.from}–${query.to} runs backwards`);
		delete query.from;
		delete query.to;
	}

	const event = params.get('event');
	if (event !== null) {
		if (vocab.event.has(event)) query.event = event;
		else ignored.push(`unknown event “${event}”`);
	}
	const essay = params.get('essay');
	if (essay !== null) {
		if (vocab.essays.has(essay)) query.essay = essay;
		else ignored.push(`unknown essay “${essay}”`);
	}
	const span = params.get('span');
	let shown: Span | undefined;
	if (span !== null) {
		const window = decodeSpan(span);
		if (!window || window[1] <= vocab.full[0] || window[0] >= vocab.full[1]) ignored.push(`malformed span “${span}”`);
		else if (encodeSpan(window) !== encodeSpan(vocab.initial)) query.span = window;
		else shown = window;
	}
	query.q = (params.get('q') ?? '').slice(0, 200);
	const view = params.get('view');
	if (view !== null) {
		if ((views as readonly string[]).includes(view)) query.view = view as View;
		else ignored.push(`unknown view “${view}”`);
	}
	const links = params.get('links');
	if (links !== null) {
		const [type, id] = [links.slice(0, links.indexOf(':')), links.slice(links.indexOf(':') + 1)];
		const known = type === 'era' ? vocab.eras.has(id) : type === 'lane' && vocab.lanes.some((l) => l.id === id);
		if (known) {
			query.links = { type, id } as LinkScope;
			// An era's links come with a window: the link's own (kept even when it is the initial one, so that the
			// state reads back the same), or else the era itself, within the extent (a link written by hand).
			if (type === 'era') query.span ??= shown ?? eraWindow(id, vocab);
		}
		else if (links === 'all') {
			// The old "every link in view": the links of the era the window is centred on.
			const [a, b] = query.span ?? vocab.initial;
			const middle = (a.getTime() + b.getTime()) / 2;
			const era = [...vocab.eras].find(([, [s, e]]) => s.getTime() <= middle && middle < e.getTime());
			if (era) query.links = { type: 'era', id: era[0] };
		} else ignored.push(`unknown links “${links}”`);
	}
	for (const key of ['faded', 'trace'] as const) {
		const raw = params.get(key);
		if (raw === null) continue;
		if (raw === '1') query[key] = true;
		else if (raw !== '0') ignored.push(`malformed value “${raw}” for ${key}`);
	}
	if (query.trace && !query.event) query.trace = false;
	return { query, ignored };
}

/** The canonical query string for a state ('' when it is the default), keys in a fixed order. */
export function encodeQuery(query: TimelineQuery): string {
	const params = new URLSearchParams();
	for (const key of facetKeys) for (const v of query[key]) params.append(key, v);
	if (query.from !== undefined) params.set('from', String(query.from));
	if (query.to !== undefined) params.set('to', String(query.to));
	if (query.event) params.set('event', query.event);
	if (query.event && query.trace) params.set('trace', '1');
	if (query.links) params.set('links', `${query.links.type}:${query.links.id}`);
	if (query.essay) params.set('essay', query.essay);
	if (query.span) params.set('span', encodeSpan(query.span));
	if (query.q) params.set('q', query.q);
	if (query.view) params.set('view', query.view);
	if (query.faded) params.set('faded', '1');
	// A colon is as legible in a query string as it is allowed there: `links=era:drafting`, not `era%3Adrafting`.
	const s = params.toString().replaceAll('%3A', ':');
	return s ? `?${s}` : '';
}
