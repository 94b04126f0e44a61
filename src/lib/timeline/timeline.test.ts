import { describe, expect, it } from 'vitest';
import { clampWindow, extentOf, fullDomain, tickLabelWidth, ticks, timeScale } from './scales';
import { laneIndex, packRows } from './lanes';
import { FacetIndex, facetCounts, matches, type FilterableEvent } from './filter';
import { emptyQuery, facetKeys } from '$lib/state/query';

/** Lanes of a made-up treaty: the layout takes whatever lanes the site's data gives. */
const lanes = [
	{ id: 'congresses', label: 'Congresses', kinds: ['crime-congress'] },
	{ id: 'assembly', label: 'Assembly', kinds: ['ga-resolution'] },
	{ id: 'negotiation', label: 'Negotiation', kinds: ['committee-session', 'signing-conference'] },
	{ id: 'treaty', label: 'Treaty', kinds: ['cop-session'] }
];
const laneOf = laneIndex(lanes);
import { badgeWidth, layoutLabels, textWidth, truncate } from './labels';
import { arcs, layoutTimeline, precedents, prepare, type TimelineEvent } from './layout';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('scales', () => {
	it('an event spans its whole period', () => {
		expect(extentOf({ start: '1994' })).toEqual([utc(1994), utc(1995)]);
		expect(extentOf({ start: '1999-01-19', end: '1999-01-29' })).toEqual([utc(1999, 1, 19), utc(1999, 1, 30)]);
	});
	it('the full domain is padded to whole years', () => {
		expect(fullDomain([{ start: '1970-08-17' }, { start: '2024-10-14', end: '2024-10-18' }])).toEqual([utc(1969), utc(2026)]);
		expect(fullDomain([{ start: '1970' }, { start: '2000' }], 0)).toEqual([utc(1970), utc(2001)]);
	});
	it('ticks adapt from decades to years to months as the scale zooms in', () => {
		const wide = ticks(timeScale([utc(1970), utc(2026)], 800));
		const years = wide.map((t) => Number(t.label));
		expect(years.every((y) => y % 5 === 0)).toBe(true);
		expect(wide.filter((t) => t.major).map((t) => t.label)).toContain('2000');

		const mid = ticks(timeScale([utc(1994), utc(2002)], 1200));
		expect(mid.map((t) => t.label)).toEqual(['1994', '1995', '1996', '1997', '1998', '1999', '2000', '2001', '2002']);

		const close = ticks(timeScale([utc(2000, 1), utc(2001, 1)], 1200));
		expect(close.map((t) => t.label)).toContain('Jul');
		expect(close[0]).toMatchObject({ label: '2000', major: true });
		for (const t of close) expect(t.x).toBeGreaterThanOrEqual(0);
	});
	it('ticks never crowd closer than the minimum gap at year steps', () => {
		for (const width of [320, 700, 1280, 4000]) {
			const t = ticks(timeScale([utc(1970), utc(2026)], width));
			for (let i = 1; i < t.length; i++) expect(t[i].x - t[i - 1].x).toBeGreaterThanOrEqual(63);
		}
	});
	it("a tick label near the right edge sits before its line, so it is not cut off (the handout's strip on a phone)", () => {
		// The lesson strip at 390 px: 1950–2002 in 330 px, the 2000 line 13 px from the edge.
		const strip = ticks(timeScale([utc(1950), utc(2002)], 330));
		expect(strip.at(-1)).toMatchObject({ label: '2000', anchor: 'end' });
		expect(strip.slice(0, -1).every((t) => t.anchor === 'start')).toBe(true);
		for (const width of [320, 700, 1280])
			for (const t of ticks(timeScale([utc(1970), utc(2026)], width))) {
				const [left, right] = t.anchor === 'end' ? [t.x - tickLabelWidth(t.label), t.x] : [t.x, t.x + tickLabelWidth(t.label)];
				expect(left).toBeGreaterThanOrEqual(0);
				expect(right).toBeLessThanOrEqual(width);
			}
	});
	it('a window is clamped to the full domain and kept at least two months wide', () => {
		const full: [Date, Date] = [utc(1970), utc(2026)];
		expect(clampWindow([utc(1960), utc(1980)], full)).toEqual([utc(1970), utc(1990)]);
		expect(clampWindow([utc(2020), utc(2030)], full)).toEqual([utc(2016), utc(2026)]);
		const narrow = clampWindow([utc(2000, 1, 1), utc(2000, 1, 2)], full);
		expect((narrow[1].getTime() - narrow[0].getTime()) / 864e5).toBe(60);
		expect(clampWindow([utc(1900), utc(2100)], full)).toEqual(full);
	});
});

describe('lanes', () => {
	it('each kind goes in the lane that lists it; an unlisted kind in the last lane', () => {
		expect(laneOf('crime-congress')).toBe('congresses');
		expect(laneOf('cop-session')).toBe('treaty');
		expect(laneOf('publication')).toBe('treaty');
	});
	it('packs overlapping intervals into rows, reusing rows once free', () => {
		const { rows, count } = packRows([
			{ x0: 0, x1: 50 },
			{ x0: 10, x1: 20 },
			{ x0: 30, x1: 40 },
			{ x0: 60, x1: 70 }
		]);
		expect(rows).toEqual([0, 1, 1, 0]);
		expect(count).toBe(2);
	});
	it('folds rows beyond the maximum into the row that frees first', () => {
		const items = Array.from({ length: 6 }, (_, i) => ({ x0: i, x1: 100 + i }));
		const { rows, count } = packRows(items, 4, 3);
		expect(count).toBe(3);
		expect(Math.max(...rows)).toBe(2);
	});
});

describe('labels', () => {
	it('truncates with an ellipsis', () => {
		// At a word boundary when one is near the cut.
		expect(truncate('General Assembly adopts the Convention', 66)).toBe('General…');
		expect(truncate('General Assembly adopts the Convention', 150)).toBe('General Assembly…');
		expect(truncate('Short', 200)).toBe('Short');
	});
	it('never lets two labels on a row overlap, and clusters the hidden ones with a count', () => {
		const candidates = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, text: `Event number ${i}`, x: i * 5, y: 10, priority: 0 }));
		const { labels, clusters } = layoutLabels(candidates, { width: 1000 });
		const sorted = [...labels].sort((a, b) => a.x - b.x);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i].x).toBeGreaterThanOrEqual(sorted[i - 1].x + sorted[i - 1].width);
		const clustered = clusters.flatMap((c) => c.ids);
		expect(new Set(clustered).size).toBe(clustered.length);
		expect(labels.some((l) => clustered.includes(l.id))).toBe(false);
		expect(labels.length + clustered.length).toBe(10);
		// No label runs into a badge.
		for (const c of clusters)
			for (const l of labels) expect(l.x >= c.x + 6 + badgeWidth(c.ids.length) || l.x + l.width <= c.x + 6).toBe(true);
	});
	it('stops a label before the next mark on its row', () => {
		const { labels } = layoutLabels(
			[
				{ id: 'a', text: 'A fairly long title that would run on', x: 0, y: 0, priority: 1 },
				{ id: 'b', text: 'Next', x: 120, y: 0, priority: 0 }
			],
			{ width: 500 }
		);
		const a = labels.find((l) => l.id === 'a')!;
		expect(a.text.endsWith('…')).toBe(true);
		expect(a.x + a.width).toBeLessThanOrEqual(120);
	});
	it('places higher-priority labels first', () => {
		const { labels } = layoutLabels(
			[
				{ id: 'minor', text: 'A minor event', x: 0, y: 0, priority: 0 },
				{ id: 'major', text: 'The major event', x: 4, y: 0, priority: 5 }
			],
			{ width: 500 }
		);
		expect(labels.map((l) => l.id)).toEqual(['major']);
	});
	it('labels on different rows do not collide', () => {
		const { labels } = layoutLabels(
			[
				{ id: 'a', text: 'Alpha alpha', x: 0, y: 0, priority: 0 },
				{ id: 'b', text: 'Beta beta', x: 0, y: 22, priority: 0 }
			],
			{ width: 500 }
		);
		expect(labels).toHaveLength(2);
		// Measured with the font's glyph widths: narrow letters take less room than wide ones.
		expect(textWidth('Alpha alpha')).toBe(72);
		expect(textWidth('iiiiii')).toBeLessThan(textWidth('mmmmmm') / 3);
	});
	it('puts a label on the left where the right has no room, and never over a bar', () => {
		const { labels } = layoutLabels(
			[
				{ id: 'bar', text: 'A long session', x: 100, x1: 300, y: 0, priority: 2 },
				{ id: 'late', text: 'Late event', x: 490, y: 22, priority: 1 }
			],
			{ width: 500 }
		);
		const bar = labels.find((l) => l.id === 'bar')!;
		expect(bar.x).toBeGreaterThanOrEqual(300);
		const late = labels.find((l) => l.id === 'late')!;
		expect(late).toMatchObject({ side: 'left', text: 'Late event' });
		expect(late.x + late.width).toBeLessThan(490);
	});
	it('places a pinned label first and in full, and moves badges off it', () => {
		const crowd = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, text: `Crowded event ${i}`, x: 10 + i * 14, y: 0, priority: 5 }));
		const pinnedOne = { id: 'sel', text: 'The selected event with a rather long title indeed', x: 17, y: 0, priority: 0 };
		const { labels, clusters } = layoutLabels([...crowd, pinnedOne], { width: 800, pinned: new Set(['sel']) });
		const sel = labels.find((l) => l.id === 'sel')!;
		expect(sel.text).toBe(pinnedOne.text);
		expect(clusters.flatMap((c) => c.ids)).not.toContain('sel');
		for (const c of clusters) expect(c.x >= sel.x + sel.width || c.x + badgeWidth(c.ids.length) <= 17 - 6).toBe(true);
	});
});

describe('layoutTimeline', () => {
	const events: TimelineEvent[] = [
		{ id: 'kyoto', title: 'Kyoto congress', start: '1970-08-17', end: '1970-08-26', kind: 'crime-congress' },
		{ id: 'ahc-1', title: 'AHC first session', start: '1999-01-19', end: '1999-01-29', kind: 'committee-session' },
		{ id: 'adoption', title: 'Adoption', start: '2000-11-15', kind: 'ga-resolution', weight: 3 },
		{ id: 'palermo', title: 'Palermo', start: '2000-12-12', end: '2000-12-15', kind: 'signing-conference' }
	];
	const scale = timeScale([utc(1969), utc(2026)], 1000);
	const layout = layoutTimeline(prepare(events, laneOf), scale, { width: 1000, lanes });

	it('puts every event in its lane at its date', () => {
		const adoption = layout.marks.find((m) => m.id === 'adoption')!;
		expect(adoption.lane).toBe('assembly');
		expect(adoption.x0).toBeCloseTo(scale(utc(2000, 11, 15)));
		const lane = layout.lanes.find((l) => l.id === 'assembly')!;
		expect(adoption.y).toBeGreaterThan(lane.y);
		expect(adoption.y).toBeLessThan(lane.y + lane.height);
	});
	it('keeps every lane, stacked without gaps', () => {
		expect(layout.lanes.map((l) => l.id)).toEqual(lanes.map((l) => l.id));
		for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i].y).toBe(layout.lanes[i - 1].y + layout.lanes[i - 1].height);
		expect(layout.height).toBe(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height);
	});
	it('draws a session as a bar only when it is wide enough to see', () => {
		expect(layout.marks.find((m) => m.id === 'ahc-1')!.bar).toBe(false);
		const zoomed = layoutTimeline(prepare(events, laneOf), timeScale([utc(1999), utc(2000)], 1000), { width: 1000, lanes });
		expect(zoomed.marks.find((m) => m.id === 'ahc-1')!.bar).toBe(true);
	});
	it('labels only marks on screen', () => {
		const zoomed = layoutTimeline(prepare(events, laneOf), timeScale([utc(1999), utc(2001)], 1000), { width: 1000, lanes });
		expect(zoomed.labels.map((l) => l.id)).not.toContain('kyoto');
		expect(zoomed.marks.find((m) => m.id === 'kyoto')!.x0).toBeLessThan(0);
	});
	it('draws arcs between visible linked marks, bowing above both', () => {
		const marks = new Map(layout.marks.map((m) => [m.id, m]));
		const [arc] = arcs([{ from: 'adoption', to: 'palermo', type: 'led-to' }], marks, 1000);
		const [, y0, cy, y1] = /^M[\d.]+,([\d.]+) Q[\d.]+,(-?[\d.]+) [\d.]+,([\d.]+)$/.exec(arc.d)!.map(Number);
		// SVG's y grows downwards: the control point lies above (smaller y than) both ends.
		expect(cy).toBeLessThan(Math.min(y0, y1) - 10);
		expect(arcs([{ from: 'adoption', to: 'ghost', type: 'led-to' }], marks, 1000)).toEqual([]);
	});
});

describe('precedents', () => {
	it('follows led-to forwards and mandated-by backwards to every earlier event in the chain', () => {
		const links = [
			{ from: 'naples', to: 'polish-draft', type: 'led-to' as const },
			{ from: 'polish-draft', to: 'warsaw', type: 'led-to' as const },
			{ from: 'ahc', to: 'warsaw', type: 'mandated-by' as const },
			{ from: 'ahc', to: 'adoption', type: 'led-to' as const },
			{ from: 'unrelated', to: 'other', type: 'led-to' as const }
		];
		expect([...precedents('adoption', links)].sort()).toEqual(['ahc', 'naples', 'polish-draft', 'warsaw']);
		expect(precedents('naples', links).size).toBe(0);
	});
});

describe('mark shapes', () => {
	it('draws each shape around its centre', async () => {
		const { markPath } = await import('./kinds');
		expect(markPath('diamond', 10, 20)).toBe('M10,14l6,6l-6,6l-6,-6z');
		expect(markPath('square', 10, 20)).toBe('M5,15h10v10h-10z');
		expect(markPath('circle', 10, 20)).toMatch(/^M4\.5,20a5\.5/);
	});
});

describe('filtering by bitsets', () => {
	// Seeded, 100 events (more than three words of bits, the last one partly used), a few values per facet.
	let seed = 7;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = (xs: string[]) => xs[Math.floor(rnd() * xs.length)];
	const events: FilterableEvent[] = Array.from({ length: 100 }, (_, i) => {
		const y = 1990 + Math.floor(rnd() * 20);
		return { id: `e${i}`, start: `${y}`, ...(rnd() < 0.3 ? { end: `${y + 2}` } : {}), kind: pick(['a', 'b', 'c']), actors: [pick(['p', 'q', 'r']), pick(['p', 's'])], countries: [pick(['ITA', 'POL', 'AUT'])], themes: rnd() < 0.2 ? [] : [pick(['t', 'u'])] };
	});
	const index = new FacetIndex(events);
	const queries = [emptyQuery(), { ...emptyQuery(), actor: ['p'] }, { ...emptyQuery(), actor: ['q', 's'], kind: ['b'] }, { ...emptyQuery(), country: ['ITA'], theme: ['u'], from: 1995 }, { ...emptyQuery(), to: 1993, kind: ['a', 'c'] }, { ...emptyQuery(), actor: ['nobody'] }];
	it('matches the same events as `matches`, in order', () => {
		for (const q of queries) expect(index.matching(q).map((e) => e.id)).toEqual(events.filter((e) => matches(e, q)).map((e) => e.id));
	});
	it('counts each facet value as `facetCounts` does', () => {
		for (const q of queries) for (const key of facetKeys) expect(Object.fromEntries(index.counts(q, key))).toEqual(Object.fromEntries(facetCounts(events, q, key)));
	});
});
