import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraph } from '../graph/load.ts';
import { eventsCsv } from './csv.ts';
import { toTimelineJs } from './timelinejs.ts';
import { ImportError, checkCandidates, dateFromParts, fromCsv, fromTimelineJs, htmlParagraphs, kindOfGroup } from './import.ts';

const g = loadGraph('tests/fixtures/treaty');
const lanes = g.site.lanes;

describe('dates from their parts', () => {
	it('keep their precision', () => {
		expect(dateFromParts(1958, undefined, undefined, 'x')).toBe('1958');
		expect(dateFromParts('1961', '11', '', 'x')).toBe('1961-11');
		expect(dateFromParts(1963, 3, 4, 'x')).toBe('1963-03-04');
		expect(dateFromParts('', '', '', 'x')).toBeUndefined();
	});
	it.each([
		[[1961, 13, undefined], 'row 2: month "13" is not a month (1–12)'],
		[[1961, 2, 30], 'row 2: 1961-02-30 is not a real calendar day'],
		[['61', undefined, undefined], 'row 2: year "61" is not a four-digit year'],
		[[1961, undefined, 4], 'row 2: a day without a month'],
		[[undefined, 4, undefined], 'row 2: a month or day without a year']
	])('refuse %j in one line', (parts, message) => {
		expect(() => dateFromParts(parts[0], parts[1], parts[2], 'row 2')).toThrow(new ImportError(message));
	});
});

describe('the TimelineJS import', () => {
	it('round-trips our own export: the same ids, titles and dates, and the summary without its sources', () => {
		const candidates = fromTimelineJs(JSON.stringify(toTimelineJs(g)), 'tl.json', lanes);
		expect(candidates.map((c) => [c.id, c.title, c.start, c.end])).toEqual(g.events.map((e) => [e.id, e.title, e.start, e.end]));
		expect(candidates.map((c) => c.summary)).toEqual(g.events.map((e) => e.summary));
	});
	it('maps a group to a kind where it names one', () => {
		expect(kindOfGroup('Tide Assembly', lanes)).toBe('ga-resolution');
		expect(kindOfGroup('Congresses & committee', lanes)).toBeUndefined();
		expect(kindOfGroup('Statement', lanes)).toBe('statement');
		expect(kindOfGroup('cop-session', lanes)).toBe('cop-session');
	});
	it('makes an id from the headline and year when a slide has none, and reads its HTML as text', () => {
		const [c] = fromTimelineJs(JSON.stringify({ events: [{ start_date: { year: '1999', month: '1' }, text: { headline: 'Café &amp; <i>talks</i>', text: '<p>One.</p><p>Two &lt;3</p>' } }] }), 'f.json');
		expect(c).toEqual({ id: 'cafe-talks-1999', title: 'Café & talks', start: '1999-01', summary: 'One. Two <3', sources: [] });
		expect(htmlParagraphs('a<br>b')).toEqual(['a', 'b']);
	});
	it.each([
		['{', 'f.json: is not JSON'],
		['{"title": {}}', 'f.json: is not a TimelineJS file: it has no "events" list'],
		['{"events": [{"unique_id": "a", "start_date": {"year": 1999, "month": 0}}]}', 'f.json: events[0] (a): start_date: month "0" is not a month (1–12)'],
		['{"events": [{"text": {}}]}', 'f.json: events[0]: start_date has no year']
	])('refuses %s in one line', (text, message) => {
		expect(() => fromTimelineJs(text, 'f.json')).toThrow(new ImportError(message));
	});
});

describe('the CSV import', () => {
	it('round-trips our events.csv: every field but disputes and link notes, and the schema accepts them', () => {
		const candidates = fromCsv(eventsCsv(g.events), 'events.csv', lanes);
		const expected = g.events.map((e) => ({ ...e, links: e.links.map((l) => ({ type: l.type, to: l.to })), disputes: [] }));
		expect(candidates).toEqual(expected);
		expect(checkCandidates(candidates, 'events.csv')).toEqual([]);
	});
	it('reads TimelineJS’s sheet columns, skipping its title and era rows', () => {
		const csv = 'Year,Month,Day,End Year,End Month,End Day,Headline,Text,Group,Type\n,,,,,,Lumen,Intro,,title\n1961,11,,,,,Assembly resolution,<p>Adopted by the assembly.</p>,Tide Assembly,\n1950,,,1962,,,Congress years,,,era\n';
		expect(fromCsv(csv, 's.csv', lanes)).toEqual([{ id: 'assembly-resolution-1961', title: 'Assembly resolution', start: '1961-11', kind: 'ga-resolution', summary: 'Adopted by the assembly.', sources: [] }]);
	});
	it.each([
		['', 'f.csv: is empty'],
		['name,when\nx,1999\n', 'f.csv: wrong columns: expected those of events.csv'],
		['id,title,start,kind,summary\na,A title,15 Nov 2000,statement,A summary that is long enough.\n', 'f.csv: row 2 (a): start "15 Nov 2000" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
		['Year,Headline\n1999,"A\n', 'f.csv: line 2: Quoted field unterminated'],
		['Year,Headline\n1999,A\n2000\n', 'f.csv: row 3: Too few fields: expected 2 fields but parsed 1']
	])('refuses %j in one line', (text, message) => {
		expect(() => fromCsv(text, 'f.csv')).toThrow(message);
	});
});

describe('what the validator says of candidates', () => {
	it('names the file, the id and the field, as the loader does; and duplicate and existing ids', () => {
		const errors = checkCandidates([{ id: 'x', title: 'A title', start: '1999', kind: 'statement', summary: 'A summary long enough to pass.', sources: [] }, { id: 'x' }, { id: 'fx-signing' }], 'f.csv', ['fx-signing']);
		expect(errors).toContainEqual({ file: 'f.csv', id: 'x', field: 'sources', reason: 'needs at least one source with a locator' });
		expect(errors).toContainEqual({ file: 'f.csv', id: 'x', field: 'id', reason: 'is used by another candidate in this file' });
		expect(errors).toContainEqual({ file: 'f.csv', id: 'fx-signing', field: 'id', reason: 'is already an event in data/events.json' });
	});
});

describe('the import scripts', () => {
	const dir = mkdtempSync(join(tmpdir(), 'import-'));
	const run = (script: string, file: string) => spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], { encoding: 'utf8' });
	it.each([
		['import-timelinejs', 'missing.json', undefined, 'import:timelinejs: missing.json: no such file'],
		['import-timelinejs', 'bad.json', '{"events": [', 'import:timelinejs: DIR/bad.json: is not JSON'],
		['import-csv', 'bad.csv', 'Year,Headline\n1999,A\n19x9,B\n', 'import:csv: DIR/bad.csv: row 3: Year/Month/Day: year "19x9" is not a four-digit year'],
		['import-csv', 'columns.csv', 'a,b\n1,2\n', 'import:csv: DIR/columns.csv: wrong columns: expected those of events.csv']
	])('%s on %s: one line, exit code 1, no stack trace', (script, name, text, message) => {
		const file = text === undefined ? name : join(dir, name);
		if (text !== undefined) writeFileSync(file, text);
		const r = run(script, file);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(message.replace('DIR', dir));
	});
	it('prints candidates on stdout and the validator’s faults on stderr, exit code 0', () => {
		const file = join(dir, 'ok.csv');
		writeFileSync(file, 'Year,Headline,Text\n1999,A new event,<p>Something happened that year.</p>\n');
		const r = run('import-csv', file);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual([{ id: 'a-new-event-1999', title: 'A new event', start: '1999', summary: 'Something happened that year.', sources: [] }]);
		expect(r.stderr).toContain(`${file}: a-new-event-1999: kind: `);
		expect(r.stderr).toContain(`${file}: a-new-event-1999: sources: needs at least one source with a locator`);
	});
});
