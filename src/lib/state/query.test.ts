import { describe, expect, it } from 'vitest';
import { decodeQuery, emptyQuery, encodeQuery, type Vocabulary } from './query';
import { facetCounts, isFiltered, matches, type FilterableEvent } from '$lib/timeline/filter';

const vocab: Vocabulary = {
	actor: new Set(['luigi-lauriola', 'italy']),
	country: new Set(['ITA', 'POL']),
	kind: new Set(['cop-session', 'crime-congress']),
	theme: new Set(['review-mechanism']),
	event: new Set(['cop-9-2018']),
	essays: new Map([['the-road', { title: 'The road', events: ['cop-9-2018'] }]]),
	years: [1955, 2025],
	full: [new Date(Date.UTC(1954, 0, 1)), new Date(Date.UTC(2027, 0, 1))],
	initial: [new Date(Date.UTC(1954, 0, 1)), new Date(Date.UTC(2027, 0, 1))],
	eras: new Map([
		['soft-law', [new Date(Date.UTC(1970, 0, 1)), new Date(Date.UTC(1994, 10, 1))]],
		['negotiation', [new Date(Date.UTC(1994, 10, 1)), new Date(Date.UTC(2027, 0, 1))]]
	]),
	lanes: [{ id: 'treaty', kinds: ['cop-session'] }]
};

describe('the URL codec', () => {
	it('round-trips a full state, repeated keys for several values', () => {
		const s = '?actor=luigi-lauriola&actor=italy&country=ITA&kind=cop-session&theme=review-mechanism&from=1994&to=2000&event=cop-9-2018&q=Vienna+talks&view=list&faded=1';
		const { query, ignored } = decodeQuery(new URLSearchParams(s), vocab);
		expect(ignored).toEqual([]);
		expect(query).toEqual({ actor: ['luigi-lauriola', 'italy'], country: ['ITA'], kind: ['cop-session'], theme: ['review-mechanism'], from: 1994, to: 2000, event: 'cop-9-2018', trace: false, q: 'Vienna talks', view: 'list', faded: true });
		expect(encodeQuery(query)).toBe(s);
	});
	it('encodes the default state as an empty string', () => expect(encodeQuery(emptyQuery())).toBe(''));
	it('ignores unknown and malformed values with a notice, never an error', () => {
		const { query, ignored } = decodeQuery(new URLSearchParams('actor=nobody&country=XXX&country=ita&kind=party&from=19x4&to=3000&event=ghost&view=3d&faded=yes&utm=1'), vocab);
		expect(query).toEqual({ ...emptyQuery(), country: ['ITA'] });
		expect(ignored).toEqual([
			'unknown parameter “utm”',
			'unknown actor “nobody”',
			'unknown country “XXX”',
			'unknown kind “party”',
			'malformed year “19x4” for from',
			'malformed year “3000” for to',
			'unknown event “ghost”',
			'unknown view “3d”',
			'malformed value “yes” for faded'
		]);
	});
	it('names the links of an era or a lane as `era:<id>` and `lane:<id>`, with a legible colon', () => {
		for (const s of ['?links=era:soft-law&span=1970-01..1994-10', '?links=lane:treaty', `?links=era:negotiation&span=1954-01..2026-12`]) {
			const { query, ignored } = decodeQuery(new URLSearchParams(s), vocab);
			expect(ignored).toEqual([]);
			expect(encodeQuery(query)).toBe(s);
		}
		expect(decodeQuery(new URLSearchParams('links=era%3Asoft-law'), vocab).query.links).toEqual({ type: 'era', id: 'soft-law' });
		const { query, ignored } = decodeQuery(new URLSearchParams('links=era:nothing&links=lane:soft-law'), vocab);
		expect(query.links).toBeUndefined();
		expect(ignored).toEqual(['unknown links “era:nothing”']);
		expect(decodeQuery(new URLSearchParams('links=lane'), vocab).ignored).toEqual(['unknown links “lane”']);
	});
	it('opens an era’s links named without a window on the era, within the extent', () => {
		expect(decodeQuery(new URLSearchParams('links=era:soft-law'), vocab).query.span).toEqual([new Date(Date.UTC(1970, 0, 1)), new Date(Date.UTC(1994, 10, 1))]);
		// The window given wins, the initial one too (it is kept, not dropped, beside an era's links).
		expect(decodeQuery(new URLSearchParams('links=era:soft-law&span=1980..1985'), vocab).query.span).toEqual([new Date(Date.UTC(1980, 0, 1)), new Date(Date.UTC(1986, 0, 1))]);
		expect(decodeQuery(new URLSearchParams('links=era:soft-law&span=1954-01..2026-12'), vocab).query.span).toEqual(vocab.initial);
		expect(decodeQuery(new URLSearchParams('links=lane:treaty'), vocab).query.span).toBeUndefined();
	});
	it('reads the old `links=all` as the links of the era at the middle of the window', () => {
		expect(decodeQuery(new URLSearchParams('links=all'), vocab)).toEqual({ query: { ...emptyQuery(), links: { type: 'era', id: 'soft-law' } }, ignored: [] });
		expect(decodeQuery(new URLSearchParams('links=all&span=1995..2000'), vocab).query.links).toEqual({ type: 'era', id: 'negotiation' });
		// Before the first era there is none: the open event's links only.
		expect(decodeQuery(new URLSearchParams('links=all&span=1955..1960'), vocab)).toEqual({ query: { ...emptyQuery(), span: [new Date(Date.UTC(1955, 0, 1)), new Date(Date.UTC(1961, 0, 1))] }, ignored: [] });
	});
	it('drops a backwards year range', () => {
		const { query, ignored } = decodeQuery(new URLSearchParams('from=2000&to=1990'), vocab);
		expect(query.from).toBeUndefined();
		expect(ignored).toEqual(['year range 2000–1990 runs backwards']);
	});
	it('keeps each value once', () => expect(decodeQuery(new URLSearchParams('actor=italy&actor=italy'), vocab).query.actor).toEqual(['italy']));
});

describe('filtering', () => {
	const events: FilterableEvent[] = [
		{ id: 'naples', start: '1994-11-21', end: '1994-11-23', kind: 'ministerial-conference', actors: ['silvio-berlusconi'], countries: ['ITA'], themes: ['a'] },
		{ id: 'polish', start: '1996', kind: 'ga-resolution', actors: ['poland'], countries: ['POL'], themes: ['a', 'b'] },
		{ id: 'palermo', start: '2000-12-12', end: '2000-12-15', kind: 'signing-conference', actors: ['italy'], countries: ['ITA'], themes: ['b'] },
		{ id: 'cop9', start: '2018-10-15', kind: 'cop-session', actors: ['italy'], countries: ['AUT', 'ITA'], themes: ['b'] }
	];
	const q = (over: object) => ({ ...emptyQuery(), ...over });
	const ids = (query: ReturnType<typeof q>) => events.filter((e) => matches(e, query)).map((e) => e.id);

	it('ORs values within a facet and ANDs facets', () => {
		expect(ids(q({ country: ['ITA'] }))).toEqual(['naples', 'palermo', 'cop9']);
		expect(ids(q({ country: ['ITA', 'POL'], theme: ['b'] }))).toEqual(['polish', 'palermo', 'cop9']);
		expect(ids(q({ country: ['ITA'], kind: ['cop-session'] }))).toEqual(['cop9']);
	});
	it('keeps events that overlap the year range', () => {
		expect(ids(q({ from: 1995, to: 2000 }))).toEqual(['polish', 'palermo']);
		expect(ids(q({ to: 1994 }))).toEqual(['naples']);
	});
	it('counts each facet value under the other filters', () => {
		const counts = facetCounts(events, q({ country: ['ITA'], theme: ['b'] }), 'country');
		expect(Object.fromEntries(counts)).toEqual({ POL: 1, ITA: 2, AUT: 1 });
		expect(Object.fromEntries(facetCounts(events, q({ from: 2000 }), 'kind'))).toEqual({ 'signing-conference': 1, 'cop-session': 1 });
	});
	it('knows when any filter is set', () => {
		expect(isFiltered(emptyQuery())).toBe(false);
		expect(isFiltered(q({ from: 1990 }))).toBe(true);
	});
});
