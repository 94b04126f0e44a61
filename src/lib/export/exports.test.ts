import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { Cite } from '@citation-js/core';
import { loadGraph } from '../graph/load.ts';
import type { Event } from '../graph/schema.ts';
import { eventColumns, eventsCsv, quoteColumns, quotesCsv } from './csv.ts';
import { eventSlide, tlDate, toTimelineJs } from './timelinejs.ts';
import { cslItems, sourcesBibtex } from './citations.ts';
import { downloads } from './downloads.ts';
import { dataModel } from './model.ts';

const g = loadGraph('tests/fixtures/treaty');
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true });
const ev = (id: string) => g.eventById.get(id)!;

describe('events.csv and quotes.csv', () => {
	it('has the columns in their order, ids first, and one row per event in the graph’s order', () => {
		const { data, meta, errors } = parse(eventsCsv(g.events));
		expect(errors).toEqual([]);
		expect(meta.fields).toEqual([...eventColumns]);
		expect(data.map((r) => r.id)).toEqual(g.events.map((e) => e.id));
	});
	it('keeps dates at their precision, joins lists with "; " and puts one citation a line', () => {
		const rows = new Map(parse(eventsCsv(g.events)).data.map((r) => [r.id, r]));
		expect(rows.get('fx-congress-2')).toMatchObject({ start: '1958', end: '', 'place.city': 'Reykjavik', 'place.country': 'ISL' });
		expect(rows.get('fx-resolution-1')!.start).toBe('1961-11');
		expect(rows.get('fx-committee-2')).toMatchObject({ start: '1964-09-07', end: '1964-09-18', countries: 'PRT; NOR', links: 'led-to fx-adoption' });
		const twoSources: Event = { ...ev('fx-report'), sources: [{ source: 'a', locator: 'x; y' }, { source: 'b', locator: 'z' }] };
		expect(parse(eventsCsv([twoSources])).data[0].sources).toBe('a: x; y\nb: z');
	});
	it('has one row per quotation, ids in data order', () => {
		const { data, meta } = parse(quotesCsv(g.quotes));
		expect(meta.fields).toEqual([...quoteColumns]);
		expect(data.map((r) => r.id)).toEqual(g.quotes.map((q) => q.id));
		expect(data[0]).toMatchObject({ source: g.quotes[0].source.source, locator: g.quotes[0].source.locator });
	});
});

describe('the TimelineJS file', () => {
	const tl = toTimelineJs(g);
	it('has a title slide and one slide per event, by our id', () => {
		expect(tl.title!.text.headline).toBe(g.site.name);
		expect(tl.events.map((s) => s.unique_id)).toEqual(g.events.map((e) => e.id));
	});
	it('gives dates at their precision', () => {
		expect(tlDate('1958')).toEqual({ year: 1958 });
		expect(tlDate('1961-11')).toEqual({ year: 1961, month: 11 });
		const slide = tl.events.find((s) => s.unique_id === 'fx-committee-1')!;
		expect(slide.start_date).toEqual({ year: 1963, month: 3, day: 4 });
		expect(slide.end_date).toEqual({ year: 1963, month: 3, day: 15 });
		expect(tl.events.find((s) => s.unique_id === 'fx-congress-2')).not.toHaveProperty('end_date');
	});
	it('groups each slide by its lane and lists its sources after the summary, as escaped HTML', () => {
		const slide = tl.events.find((s) => s.unique_id === 'fx-signing')!;
		expect(slide.group).toBe('Congresses & committee');
		expect(slide.text!.text).toMatch(/^<p>A fictional event.*<\/p><p>Sources: .*chapter &quot;fx-signing&quot;<\/p>$/);
		const risky = eventSlide(g, { ...ev('fx-signing'), title: 'A <b> & c' }, undefined);
		expect(risky.text!.headline).toBe('A &lt;b&gt; &amp; c');
	});
	it('has the eras, the one still going on ending with the last event', () => {
		expect(tl.eras!.map((e) => e.text!.headline)).toEqual(g.eras.map((e) => e.label));
		expect(tl.eras![1].end_date).toEqual({ year: 1966, month: 2 });
		const last = g.events.at(-1)!;
		expect(tl.eras![2].end_date).toEqual(tlDate(last.end ?? last.start));
	});
});

describe('the bibliography', () => {
	const ids = g.sources.map((s) => s.id);
	it('is CSL-JSON with one item per source, by id', () => {
		expect(cslItems(g.sources).map((s) => s.id)).toEqual(ids);
	});
	it('is BibTeX that citation-js reads back, keyed by our ids', () => {
		const bib = sourcesBibtex(g.sources);
		expect(bib).toContain(`{${ids[0]},`);
		expect(new Cite(bib).data.map((s) => s.id)).toEqual(ids);
	});
});

describe('the downloads', () => {
	it('have one file name each', () => {
		const names = Object.values(downloads).map((d) => d.file);
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('the data model read from the schema', () => {
	const model = dataModel();
	it('documents every file, and every field with a description', () => {
		expect(model.map((r) => r.file)).toEqual(['data/events.json', 'data/actors.json', 'data/quotes.json', 'data/sources.json', 'data/themes.json', 'data/eras.json']);
		const undescribed = model.flatMap((r) => r.fields.filter((f) => !f.description).map((f) => `${r.file}: ${f.path}`));
		expect(undescribed).toEqual([]);
	});
	it('names nested fields by their path, with their type and whether they are required', () => {
		const events = new Map(model[0].fields.map((f) => [f.path, f]));
		expect([...events.keys()]).toEqual(expect.arrayContaining(['id', 'place.city', 'sources[].locator', 'disputes[].claims[].value']));
		expect(events.get('id')).toMatchObject({ required: true, depth: 0, type: 'id (kebab-case)' });
		expect(events.get('end')).toMatchObject({ required: false, type: 'date (YYYY, YYYY-MM or YYYY-MM-DD)' });
		expect(events.get('actors')!.required).toBe(false);
		expect(events.get('sources[].locator')).toMatchObject({ required: true, depth: 1 });
		expect(events.get('kind')!.type).toContain('crime-congress');
	});
});
