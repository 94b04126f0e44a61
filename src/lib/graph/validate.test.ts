import { describe, expect, it } from 'vitest';
import { formatError, validateGraph } from './validate';
import { fixtureTexts, malformedFixtures, readValidGraph, validGraphDir, writeGraph, type MalformedFixture } from '../../../tests/fixtures/fixtures';
import { checkGraph, dataRoot, graphFiles, graphFromTexts, inspectTexts, jsonSyntaxError, loadGraph, readGraphTexts } from './load';
import { join } from 'node:path';

/** What `check:data` prints for a graph: its error lines, then its warnings. */
function reported(texts: ReturnType<typeof fixtureTexts>): string[] {
	const { errors, warnings } = inspectTexts(texts);
	return [...errors.map(formatError), ...warnings.map((w) => `warning: ${formatError(w)}`)];
}

describe('validateGraph', () => {
	it('accepts the valid fixture graph, with no warning', () => {
		const { errors, warnings, data } = validateGraph(readValidGraph());
		expect([...errors, ...warnings].map(formatError)).toEqual([]);
		expect(data.events).toHaveLength(3);
		expect(reported(readGraphTexts(validGraphDir))).toEqual([]);
	});

	const fixtures = malformedFixtures();
	it('has at least thirty malformed fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(30));

	// Each fixture gives exactly the lines it promises: no fewer, and no follow-on errors.
	for (const fixture of fixtures)
		it(`rejects ${fixture.name}: ${fixture.description}`, () => {
			expect(fixture.expect.length, 'a fixture promises at least one line').toBeGreaterThan(0);
			expect(reported(fixtureTexts(fixture)).sort()).toEqual([...fixture.expect].sort());
		});

	it('reports a 5 MB title in one short line', () => {
		const fixture: MalformedFixture = { name: 'huge', description: '', patch: { events: { adoption: { title: 'x'.repeat(5_000_000) } } }, expect: [] };
		expect(reported(fixtureTexts(fixture))).toEqual(['data/events.json: adoption: title: is 5000000 characters long; at most 200 allowed']);
	});

	it('reports a source nobody cites', () => {
		const raw = readValidGraph();
		(raw.sources as object[]).push({ id: 'orphan', type: 'webpage', title: 'Nobody cites me' });
		expect(validateGraph(raw).errors.map(formatError)).toEqual(['data/sources.json: orphan: id: is never cited by any record']);
	});

	it('counts a reference from an invalid record, so it is reported once, for itself', () => {
		const raw = readValidGraph();
		// The only event tagged "cooperation" and naming jane-chair fails the schema; neither becomes "unreferenced".
		Object.assign((raw.events as { id: string }[])[0], { kind: 'party' });
		const { errors, warnings } = validateGraph(raw);
		expect(errors.map((e) => `${e.id}: ${e.field}`)).toEqual(['first-meeting: kind']);
		expect(warnings).toEqual([]);
	});

	it('accepts a led-to link to an event in the same year given at year precision', () => {
		const raw = readValidGraph();
		const events = raw.events as { id: string; start: string; links?: unknown[] }[];
		events[1].start = '1998';
		expect(validateGraph(raw).errors).toEqual([]);
	});

	it('reports each cycle once, however many links close it', () => {
		const raw = readValidGraph();
		const [first, adoption, sessions] = raw.events as { id: string; start: string; links: unknown[] }[];
		first.start = adoption.start = '1999';
		adoption.links = [{ type: 'led-to', to: 'first-meeting' }, { type: 'led-to', to: 'sessions' }];
		sessions.links = [{ type: 'mandated-by', to: 'first-meeting' }, { type: 'led-to', to: 'adoption' }];
		expect(validateGraph(raw).errors.map(formatError)).toEqual([
			'data/events.json: first-meeting: links: led-to/mandated-by links form a cycle (each event said to come before the next): first-meeting → adoption → first-meeting'
		]);
	});
});

describe('jsonSyntaxError', () => {
	it('gives the line, the column and the reason', () => {
		expect(jsonSyntaxError('[\n  { "id": "a" }\n  { "id": "b" }\n]')).toEqual({ line: 3, column: 3, reason: 'expected "," or "]" after an array element, found "{"' });
		expect(jsonSyntaxError('[{ "id": "a", }]')).toEqual({ line: 1, column: 13, reason: 'a trailing comma before "}"' });
		expect(jsonSyntaxError('["a\nb"]')).toEqual({ line: 1, column: 4, reason: 'a line break inside a string (write \\n, or close the string)' });
		expect(jsonSyntaxError('[{ "id": "a"')).toEqual({ line: 1, column: 13, reason: 'expected "," or "}" after a property, found the end of the file' });
		expect(jsonSyntaxError('{ id: 1 }')).toEqual({ line: 1, column: 3, reason: 'expected a property name in double quotes, found "i"' });
	});

	it('agrees with JSON.parse on what is valid', () => {
		const valid = JSON.stringify(readValidGraph(), null, '\t');
		let seed = 7;
		const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
		const noise = ['', ',', ':', '"', '{', '}', '[', ']', '\\', '\n', 'x', '1', '-', '.', 'e', 'null', '\u0001'];
		for (let k = 0; k < 2000; k++) {
			const at = random(valid.length);
			const text = valid.slice(0, at) + noise[random(noise.length)] + valid.slice(at + random(3));
			let parses = true;
			try {
				JSON.parse(text);
			} catch {
				parses = false;
			}
			expect(jsonSyntaxError(text) === undefined, JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))).toBe(parses);
		}
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
		expect(() => loadGraph(writeGraph(readValidGraph()))).not.toThrow();
		expect(() => graphFromTexts(fixtureTexts(fixture))).toThrowError(/data\/events\.json: first-meeting: start:[\s\S]*data\/actors\.json: jane-chair: country/);
	});

	it('names each missing file once, and nothing else', () => {
		expect(checkGraph(join(validGraphDir, 'nowhere')).map(formatError)).toEqual(Object.values(graphFiles).map((f) => `${f}: file is missing`));
	});

	it('reads PALERMO_DATA_ROOT, else the working directory', () => {
		const before = process.env.PALERMO_DATA_ROOT;
		try {
			process.env.PALERMO_DATA_ROOT = validGraphDir;
			expect(dataRoot()).toBe(validGraphDir);
			delete process.env.PALERMO_DATA_ROOT;
			expect(dataRoot()).toBe(process.cwd());
		} finally {
			if (before === undefined) delete process.env.PALERMO_DATA_ROOT;
			else process.env.PALERMO_DATA_ROOT = before;
		}
	});
});
