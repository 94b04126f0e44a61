import { describe, expect, it } from 'vitest';
import { formatError, validateGraph } from './validate';
import { applyFixture, malformedFixtures, readValidGraph, validGraphDir, writeGraph } from '../../../tests/fixtures/fixtures';
import { checkGraph, loadGraph, parseGraphTexts, readGraphTexts } from './load';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('validateGraph', () => {
	it('accepts the valid fixture graph', () => {
		const { errors, data } = validateGraph(readValidGraph());
		expect(errors.map(formatError)).toEqual([]);
		expect(data.events).toHaveLength(3);
	});

	const fixtures = malformedFixtures();
	it('has at least ten malformed fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

	for (const fixture of fixtures)
		it(`rejects ${fixture.name}: ${fixture.description}`, () => {
			const lines = validateGraph(applyFixture(fixture)).errors.map(formatError);
			expect(lines.length).toBeGreaterThan(0);
			for (const expected of fixture.expect) expect(lines.some((l) => l.includes(expected)), `${expected}\n in:\n${lines.join('\n')}`).toBe(true);
		});

	it('reports a file that is not an array', () => {
		const raw = readValidGraph();
		raw.themes = { id: 'x' };
		expect(validateGraph(raw).errors.map(formatError)).toContain('data/themes.json: (file): (record): must be a JSON array of records');
	});

	it('reports a source nobody cites', () => {
		const raw = readValidGraph();
		(raw.sources as object[]).push({ id: 'orphan', type: 'webpage', title: 'Nobody cites me' });
		expect(validateGraph(raw).errors.map(formatError)).toContain('data/sources.json: orphan: id: is never cited by any record');
	});

	it('accepts a led-to link to an event in the same year given at year precision', () => {
		const raw = readValidGraph();
		const events = raw.events as { id: string; start: string; links?: unknown[] }[];
		events[1].start = '1998';
		expect(validateGraph(raw).errors).toEqual([]);
	});
});

describe('load', () => {
	it('loads the valid fixture graph and indexes it', () => {
		const g = loadGraph(validGraphDir);
		expect(g.events.map((e) => e.id)).toEqual(['first-meeting', 'sessions', 'adoption']);
		expect(g.eventsByActor.get('jane-chair')?.map((e) => e.id)).toEqual(['first-meeting']);
		expect(g.eventsByCountry.get('POL')?.map((e) => e.id)).toEqual(['first-meeting']);
		expect(g.quotesByEvent.get('adoption')?.map((q) => q.id)).toEqual(['jane-says']);
		expect(g.linksByEvent.get('adoption')).toEqual([{ type: 'led-to', event: 'first-meeting', direction: 'in', note: undefined }]);
	});

	it('throws with every error, naming file, id and field', () => {
		const fixture = malformedFixtures().find((f) => f.name === 'several-errors')!;
		const root = writeGraph(applyFixture(fixture));
		expect(() => loadGraph(root)).toThrowError(/data\/events\.json: first-meeting: start:[\s\S]*data\/actors\.json: jane-chair: country/);
	});

	it('names a file that is not valid JSON, and a missing file', () => {
		const root = writeGraph(readValidGraph());
		writeFileSync(join(root, 'data', 'events.json'), '[{ "id": ');
		writeFileSync(join(root, 'data', 'quotes.json.bak'), '');
		const { errors } = parseGraphTexts(readGraphTexts(root));
		expect(errors.map(formatError)[0]).toMatch(/^data\/events\.json: \(file\): \(record\): is not valid JSON/);
		const lines = checkGraph(join(root, 'nowhere')).map(formatError);
		expect(lines).toContain('data/events.json: (file): (record): file is missing');
	});
});
