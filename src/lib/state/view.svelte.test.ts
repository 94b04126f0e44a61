import { describe, expect, it } from 'vitest';
import { TimelineView } from './view.svelte';
import type { Vocabulary } from './query';

const utc = (y: number, m = 1) => new Date(Date.UTC(y, m - 1, 1));
const events = [
	{ id: 'a', start: '1990', kind: 'statement', actors: ['x'], countries: ['ITA'], themes: ['t'] },
	{ id: 'b', start: '1995-05', kind: 'cop-session', actors: ['y'], countries: ['POL'], themes: ['t'] },
	{ id: 'c', start: '2000-12-12', kind: 'cop-session', actors: ['x'], countries: ['ITA'], themes: [] }
];
const links = [
	{ from: 'a', to: 'b', type: 'led-to' as const },
	{ from: 'b', to: 'c', type: 'led-to' as const }
];
const vocabulary: Vocabulary = {
	actor: new Set(['x', 'y']), country: new Set(['ITA', 'POL']), kind: new Set(['statement', 'cop-session']), theme: new Set(['t']),
	event: new Set(['a', 'b', 'c']), essays: new Map([['story', { title: 'Story', events: ['a', 'c'] }]]), years: [1989, 2001], full: [utc(1989), utc(2002)], initial: [utc(1989), utc(2002)],
	eras: new Map([['early', [utc(1989), utc(1996)]], ['late', [utc(1996), utc(2002)]]]),
	lanes: [{ id: 'talks', kinds: ['statement'] }, { id: 'treaty', kinds: ['cop-session'] }]
};
const view = () => new TimelineView(events, links, vocabulary);

describe('the timeline view', () => {
	it('combines facets with AND and values within one with OR', () => {
		const v = view();
		v.toggle('actor', 'x');
		v.toggle('kind', 'cop-session');
		expect(v.matching.map((e) => e.id)).toEqual(['c']);
		v.toggle('kind', 'statement');
		expect(v.matching.map((e) => e.id)).toEqual(['a', 'c']);
	});
	it('deselects an event that a new filter hides, unless hidden events are shown faded', () => {
		const v = view();
		v.select('b');
		v.setTrace(true);
		v.toggle('country', 'ITA');
		expect(v.query.event).toBeUndefined();
		expect(v.query.trace).toBe(false);
		const f = view();
		f.setFaded(true);
		f.select('b');
		f.toggle('country', 'ITA');
		expect(f.query.event).toBe('b');
	});
	it('keeps the span as dates, out of the URL while it is the initial one', () => {
		const v = view();
		expect(v.search).toBe('');
		v.setSpan([utc(1994), utc(1996, 7)]);
		expect(v.span).toEqual([utc(1994), utc(1996, 7)]);
		expect(v.search).toBe('?span=1994-01..1996-06');
		v.setSpan(vocabulary.initial);
		expect(v.search).toBe('');
	});
	it('reopens a whole state from its query string, keeping the exact window when the URL names the one shown', () => {
		const v = view();
		v.setSpan([new Date(Date.UTC(1994, 0, 10)), new Date(Date.UTC(1997, 5, 3))]);
		const exact = v.span;
		v.fromParams(new URLSearchParams(`actor=x&event=c&trace=1${v.search.replace('?', '&')}`));
		expect(v.query.actor).toEqual(['x']);
		expect(v.chain).toEqual(new Set(['a', 'b']));
		expect(v.span).toBe(exact);
	});
	it('draws the selected event’s links, and its traced chain’s', () => {
		const v = view();
		expect(v.arcs).toEqual([]);
		v.select('c');
		expect(v.arcs).toEqual([links[1]]);
		v.setTrace(true);
		expect(v.arcs).toEqual(links);
	});
	it('lists the links with both ends in the era or the lane chosen, and draws them with the selected event’s', () => {
		const v = view();
		expect(v.scoped).toBeUndefined();
		v.setLinks({ type: 'era', id: 'early' });
		expect(v.scoped).toEqual([links[0]]);
		expect(v.arcs).toEqual([links[0]]);
		// The window is unchanged, and written beside the era's links (a link without one would open on the era).
		expect(v.search).toBe('?links=era:early&span=1989-01..2001-12');
		v.setLinks({ type: 'era', id: 'late' });
		expect(v.scoped).toEqual([]);
		v.setLinks({ type: 'lane', id: 'treaty' });
		expect(v.scoped).toEqual([links[1]]);
		v.setLinks({ type: 'era', id: 'early' });
		v.select('c');
		expect(v.arcs).toEqual([links[1], links[0]]);
		// Only between the events shown: a filter that hides one end drops the link.
		v.toggle('actor', 'y');
		expect(v.scoped).toEqual([]);
	});
	it('reads back an era’s links at the initial window as they were, and drops the written window with the links', () => {
		const v = view();
		v.setLinks({ type: 'era', id: 'late' });
		const search = v.search;
		v.fromParams(new URLSearchParams(search));
		expect(v.search).toBe(search);
		expect(v.span).toEqual(vocabulary.initial);
		v.setLinks({ type: 'lane', id: 'treaty' });
		expect(v.search).toBe('?links=lane:treaty');
		v.setLinks(undefined);
		expect(v.search).toBe('');
		// An era's links named in a link with no window open on the era.
		v.fromParams(new URLSearchParams('links=era:early'));
		expect(v.span).toEqual([utc(1989), utc(1996)]);
	});
	it('shows an era with its links on request, in one change', () => {
		const v = view();
		v.setLinks({ type: 'era', id: 'early' }, true);
		expect(v.span).toEqual([utc(1989), utc(1996)]);
		expect(v.search).toBe('?links=era:early&span=1989-01..1995-12');
		v.setLinks({ type: 'lane', id: 'treaty' }, true);
		expect(v.span).toEqual([utc(1989), utc(1996)]);
	});
	it('reveals an event in the part of the window a sheet leaves uncovered', () => {
		const v = view();
		v.setSpan([utc(1990), utc(1996)]);
		v.reveal('b');
		expect(v.span).toEqual([utc(1990), utc(1996)]);
		v.reveal('b', 0.5);
		const [a, b] = v.span.map((d) => d.getTime());
		expect(b - a).toBe(utc(1996).getTime() - utc(1990).getTime());
		const at = (utc(1995, 5).getTime() - a) / (b - a);
		expect(at).toBeGreaterThan(0.05);
		expect(at).toBeLessThan(0.45);
	});
	it('moves the window to a year filter, and back when it is cleared', () => {
		const v = view();
		v.setYears(1994, 1996);
		expect(v.span).toEqual([utc(1994), utc(1997)]);
		v.setYears(undefined, undefined);
		expect(v.span).toEqual(vocabulary.initial);
	});
	it('says which kind of change came last, for the history it writes', () => {
		const v = view();
		v.setSearch('Pal');
		expect(v.lastChange).toBe('search');
		v.setSpan([utc(1994), utc(1999)]);
		expect(v.lastChange).toBe('span');
		v.toggle('actor', 'x');
		expect(v.lastChange).toBe('other');
	});
	it('highlights an essay’s events, kept through a clearing of the filters', () => {
		const v = view();
		v.fromParams(new URLSearchParams('essay=story&actor=y'));
		expect(v.highlighted).toEqual(new Set(['a', 'c']));
		v.clearFilters();
		expect(v.search).toBe('?essay=story');
		v.fromParams(new URLSearchParams('essay=nothing'));
		expect(v.highlighted).toBeUndefined();
		expect(v.ignored).toEqual(['unknown essay “nothing”']);
	});
});
