/**
 * The one URL-state codec of the timeline: every view state lives in the query string
 * (`?actor=…&country=ITA&kind=…&theme=…&from=1994&to=2000&event=…&q=…&view=list&faded=1`, repeated keys
 * for several values). Decoding ignores unknown or malformed values and says which, never throws.
 */
export const facetKeys = ['actor', 'country', 'kind', 'theme'] as const;
export type FacetKey = (typeof facetKeys)[number];
export const views = ['chart', 'list'] as const;
export type View = (typeof views)[number];

export interface TimelineQuery {
	actor: string[];
	country: string[];
	kind: string[];
	theme: string[];
	from?: number;
	to?: number;
	event?: string;
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
	years: [number, number];
}

export const emptyQuery = (): TimelineQuery => ({ actor: [], country: [], kind: [], theme: [], q: '', faded: false });

const facetNames: Record<FacetKey, string> = { actor: 'actor', country: 'country', kind: 'kind', theme: 'theme' };

export function decodeQuery(params: URLSearchParams, vocab: Vocabulary): { query: TimelineQuery; ignored: string[] } {
	const query = emptyQuery();
	const ignored: string[] = [];
	const known = new Set<string>([...facetKeys, 'from', 'to', 'event', 'q', 'view', 'faded']);
	for (const key of new Set(params.keys())) if (!known.has(key)) ignored.push(`unknown parameter “${key}”`);

	for (const key of facetKeys)
		for (const raw of params.getAll(key)) {
			const value = key === 'country' ? raw.toUpperCase() : raw;
			if (!vocab[key].has(value)) ignored.push(`unknown ${facetNames[key]} “${raw}”`);
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
	query.q = (params.get('q') ?? '').slice(0, 200);
	const view = params.get('view');
	if (view !== null) {
		if ((views as readonly string[]).includes(view)) query.view = view as View;
		else ignored.push(`unknown view “${view}”`);
	}
	const faded = params.get('faded');
	if (faded !== null) {
		if (faded === '1') query.faded = true;
		else if (faded !== '0') ignored.push(`malformed value “${faded}” for faded`);
	}
	return { query, ignored };
}

/** The canonical query string for a state ('' when it is the default), keys in a fixed order. */
export function encodeQuery(query: TimelineQuery): string {
	const params = new URLSearchParams();
	for (const key of facetKeys) for (const v of query[key]) params.append(key, v);
	if (query.from !== undefined) params.set('from', String(query.from));
	if (query.to !== undefined) params.set('to', String(query.to));
	if (query.event) params.set('event', query.event);
	if (query.q) params.set('q', query.q);
	if (query.view) params.set('view', query.view);
	if (query.faded) params.set('faded', '1');
	const s = params.toString();
	return s ? `?${s}` : '';
}
