import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkEssays, essaySlug, headingId, parseEssay, type ParsedEssay } from './essays.ts';
import { formatError, type GraphError } from './validate.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = 'tests/fixtures/essays';
type Graph = Parameters<typeof checkEssays>[1];
const fixtureGraph: Graph = JSON.parse(readFileSync(join(root, fixtures, 'graph.json'), 'utf8'));

/** Parses every `.md` file of a folder (paths relative to the project root) and checks the lot: what check:essays would print. */
function report(dir: string, graph: Graph): { essays: ParsedEssay[]; lines: string[] } {
	const essays: ParsedEssay[] = [];
	const errors: GraphError[] = [];
	for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).sort()) {
		const file = `${dir}/${f}`;
		const r = parseEssay(file, readFileSync(join(root, file), 'utf8'));
		errors.push(...r.errors);
		if (r.essay) essays.push(r.essay);
	}
	errors.push(...checkEssays(essays, graph));
	return { essays, lines: errors.map(formatError) };
}

describe('the real essays', () => {
	const json = (name: string) => JSON.parse(readFileSync(join(root, 'data', `${name}.json`), 'utf8'));
	const graph: Graph = { events: json('events'), quotes: json('quotes'), sources: json('sources'), eras: json('eras') };
	const { essays, lines } = report('data/essays', graph);

	it('parse and check clean against data/', () => {
		expect(lines).toEqual([]);
	});

	it('are all read, each with its slug, headings, notes and cited paragraphs', () => {
		const files = readdirSync(join(root, 'data/essays')).filter((f) => f.endsWith('.md'));
		expect(essays.map((e) => e.file)).toEqual(files.sort().map((f) => `data/essays/${f}`));
		expect(essays.find((e) => e.file.endsWith('04-vienna-negotiation.md'))?.slug).toBe('vienna-negotiation');
		for (const e of essays) {
			expect(e.words, e.slug).toBeGreaterThan(300);
			expect(e.headings.length, e.slug).toBeGreaterThan(0);
			expect(e.notes.length, e.slug).toBe(e.refs.filter((r) => r.tag === 'Note').length);
			expect(new Set(e.paragraphs.flatMap((p) => p.events)), e.slug).toEqual(new Set(e.front.events));
		}
	});
});

describe('parseEssay', () => {
	const file = `${fixtures}/valid/04-vienna.md`;
	const { essay, errors } = parseEssay(file, readFileSync(join(root, file), 'utf8'));

	it('reads the valid fixture field by field', () => {
		expect(errors).toEqual([]);
		expect(essay).toEqual({
			slug: 'vienna',
			file,
			front: {
				title: 'Vienna: a test essay',
				summary: "A made-up essay that uses every component, so the parser's output can be checked field by field.",
				era: 'negotiation',
				order: 4,
				events: ['ahc-session-1-1999', 'ahc-session-3-1999', 'polish-draft-1996', 'convention-text-agreed-2000']
			},
			refs: [
				{ tag: 'EventRef', line: 14, attrs: { id: 'polish-draft-1996' } },
				{ tag: 'Note', line: 14, attrs: { source: 'tennant-2021', locator: 'section "Progress through the UN system"' } },
				{ tag: 'MiniTimeline', line: 16, attrs: { from: '1999', to: '2000-10' } },
				{ tag: 'EventRef', line: 20, attrs: { id: 'ahc-session-1-1999' } },
				{ tag: 'Note', line: 20, attrs: { source: 'csv-row-5', locator: 'supplementary-facts.csv row 5: AHC 1st session — Vienna, 19-29 January 1999' } },
				{ tag: 'EventRef', line: 21, attrs: { id: 'ahc-session-3-1999' } },
				{ tag: 'EventRef', line: 22, attrs: { id: 'ahc-session-3-1999' } },
				{ tag: 'EventRef', line: 22, attrs: { id: 'ahc-session-1-1999' } },
				{ tag: 'Quote', line: 24, attrs: { id: 'gastrow-not-a-momentous-occasion' } },
				{ tag: 'EventRef', line: 28, attrs: { id: 'convention-text-agreed-2000' } },
				{ tag: 'EventRef', line: 28, attrs: { id: 'convention-text-agreed-2000' } },
				{ tag: 'Note', line: 28, attrs: { source: 'tennant-2021', locator: 'conclusion' } }
			],
			headings: [
				{ id: 'a-calendar', text: 'A calendar' },
				{ id: 'a-calendar-2', text: 'A calendar' },
				{ id: 'cafe-lapres-vienne', text: 'Café: l’après-Vienne' }
			],
			notes: [
				{ source: 'tennant-2021', locator: 'section "Progress through the UN system"' },
				{ source: 'csv-row-5', locator: 'supplementary-facts.csv row 5: AHC 1st session — Vienna, 19-29 January 1999' },
				{ source: 'tennant-2021', locator: 'conclusion' }
			],
			// Counted by hand: 19 + 2 + 21 + 21 + 8 + 2 + 15 + 2 (tags, the quotation and the MiniTimeline count nothing).
			words: 90,
			paragraphs: [
				{ line: 14, events: ['polish-draft-1996'] },
				{ line: 20, events: ['ahc-session-1-1999', 'ahc-session-3-1999'] },
				{ line: 28, events: ['convention-text-agreed-2000'] }
			]
		});
	});

	it('checks the valid fixture clean: dates inside the event, in sentences with two EventRefs, or inside <Differ>', () => {
		expect(checkEssays([essay!], fixtureGraph).map(formatError)).toEqual([]);
	});

	it('reads CRLF line ends and a BOM with the same line numbers', () => {
		const text = '\uFEFF' + readFileSync(join(root, file), 'utf8').replace(/\n/g, '\r\n');
		const crlf = parseEssay(file, text);
		expect(crlf.errors).toEqual([]);
		expect(crlf.essay).toEqual(essay);
	});

	it('reads the YAML subset: quoted and bare strings, integers, [lists], - item lists, comments', () => {
		const front = (yaml: string) => {
			const r = parseEssay('data/essays/01-x.md', `---\n${yaml}\n---\n\nBody.\n`);
			return r.essay?.front ?? r.errors.map(formatError);
		};
		const summary = 'summary: "A summary long enough to pass the schema\'s minimum of twenty characters."';
		expect(front(`title: Bare title # a comment\n${summary}\norder: 12\nevents: ['a-b', "c", d,]`)).toEqual({
			title: 'Bare title',
			summary: "A summary long enough to pass the schema's minimum of twenty characters.",
			order: 12,
			events: ['a-b', 'c', 'd']
		});
		expect(front(`title: 'It''s \\n "here"'\n${summary}\norder: 0\nevents: []`)).toMatchObject({ title: 'It\'s \\n "here"', events: [] });
		expect(front(`title: "Tab\\there \\u00e9"\n${summary}\norder: 0`)).toMatchObject({ title: 'Tab\there é', events: [] });
		expect(front(`title: A title: with a colon\n${summary}\norder: 1`)).toEqual([
			'data/essays/01-x.md: x: line 2: front matter: "A title: with a colon" needs quotes (it contains ": ")'
		]);
		expect(front(`title: "Title"\ntitle: "Again"\n${summary}\norder: 1`)).toEqual(['data/essays/01-x.md: x: line 3: front matter: duplicate key "title"']);
		expect(front(`title: "Title"\n${summary}\norder: 1\nevents: [a, b`)).toEqual(['data/essays/01-x.md: x: line 5: front matter: a [list] is not closed on its line']);
		expect(front(`title: "Title"\n${summary}\norder: 1.5\nauthor: me`)).toEqual([
			'data/essays/01-x.md: x: front matter.order: Invalid input: expected number, received string',
			'data/essays/01-x.md: x: front matter: Unrecognized key: "author"'
		]);
		expect(front(`title: "Title"\n${summary}\norder: 1\nevents:\n  - a-b\n  - "c-d" # comment\n\n  - e`)).toMatchObject({ events: ['a-b', 'c-d', 'e'] });
		expect(front(`title: "Title"\n${summary}\norder: 1\nevents:`)).toEqual([
			'data/essays/01-x.md: x: front matter.events: Invalid input: expected array, received null'
		]);
	});

	it('ends sentences at a full stop, but not after an initial or an abbreviation, and skips fenced code', () => {
		const lines = (body: string) => {
			const text = `---\ntitle: "Sentences"\nsummary: "An essay made up to test where sentences end."\norder: 1\nevents: [ahc-session-1-1999]\n---\n\n${body}\n`;
			const { essay, errors } = parseEssay('data/essays/01-s.md', text);
			return [...errors, ...checkEssays([essay!], fixtureGraph)].map(formatError);
		};
		const contradiction = (line: number, date: string) =>
			`data/essays/01-s.md: s: line ${line}: "${date}" contradicts event "ahc-session-1-1999" (19–29 January 1999)`;
		expect(lines('It met on 12 March 1999.<Note source="tennant-2021" locator="conclusion" /> The <EventRef id="ahc-session-1-1999" /> came before.')).toEqual([]);
		expect(lines('On 12 March 1999 Mr. Smith, i.e. M. Smith, opened the <EventRef id="ahc-session-1-1999" />.')).toEqual([contradiction(8, '12 March 1999')]);
		expect(lines('In March 1999 it met (<EventRef id="ahc-session-1-1999" />), see A/AC.254/4. Fine.')).toEqual([contradiction(8, 'March 1999')]);
		expect(lines('Text (<EventRef id="ahc-session-1-1999" />).\n\n```\n<Bogus id="x" /> 12 March 1999\n```')).toEqual([]);
	});

	it('derives slugs from file names and ids from headings', () => {
		expect(essaySlug('data/essays/04-vienna-negotiation.md')).toBe('vienna-negotiation');
		expect(essaySlug('04-vienna-negotiation.md')).toBe('vienna-negotiation');
		expect(essaySlug('data/essays/4-vienna.md')).toBeUndefined();
		expect(essaySlug('data/essays/04-Vienna.md')).toBeUndefined();
		expect(headingId('2010: underused and unreviewed')).toBe('2010-underused-and-unreviewed');
		expect(headingId("Washington's new priority")).toBe('washingtons-new-priority');
		expect(headingId('Travaux préparatoires — the “record”')).toBe('travaux-preparatoires-the-record');
		expect(headingId('???')).toBe('section');
	});
});

describe('checkEssays on the malformed fixtures', () => {
	const at = (name: string, essay: string) => `${fixtures}/${name}/${essay}`;
	/** Each fixture folder and exactly the lines it must produce, no more. */
	const expected: Record<string, string[]> = {
		'unknown-event': [`${at('unknown-event', '04-unknown-event.md')}: unknown-event: line 15: unknown event "ahc-session-99"`],
		'unknown-quote': [`${at('unknown-quote', '04-unknown-quote.md')}: unknown-quote: line 13: unknown quote "nobody-said-this"`],
		'unknown-source': [`${at('unknown-source', '04-unknown-source.md')}: unknown-source: line 10: unknown source "tennant-2012"`],
		'unknown-era': [`${at('unknown-era', '04-unknown-era.md')}: unknown-era: front matter.era: unknown era "negotation"`],
		'note-without-locator': [
			`${at('note-without-locator', '04-note-without-locator.md')}: note-without-locator: line 9: a Note without locator`,
			`${at('note-without-locator', '04-note-without-locator.md')}: note-without-locator: line 10: a Note without source`,
			`${at('note-without-locator', '04-note-without-locator.md')}: note-without-locator: line 10: a Note without locator`
		],
		'minitimeline-not-iso': [
			`${at('minitimeline-not-iso', '04-minitimeline-not-iso.md')}: minitimeline-not-iso: line 11: MiniTimeline from "1999-13" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`
		],
		'minitimeline-backwards': [
			`${at('minitimeline-backwards', '04-minitimeline-backwards.md')}: minitimeline-backwards: line 11: MiniTimeline runs backwards: to "1999" is before from "2000-03"`
		],
		'front-matter-schema': [
			`${at('front-matter-schema', '04-front-matter-schema.md')}: front-matter-schema: front matter.summary: Too small: expected string to have >=20 characters`,
			`${at('front-matter-schema', '04-front-matter-schema.md')}: front-matter-schema: front matter.events.1: must be kebab-case (a-z, 0-9, single hyphens)`
		],
		'front-matter-syntax': [
			`${at('front-matter-syntax', '04-front-matter-syntax.md')}: front-matter-syntax: line 2: front matter: a double-quoted string is not closed on its line`
		],
		'front-matter-missing': [
			`${at('front-matter-missing', '04-front-matter-missing.md')}: front-matter-missing: front matter: is missing: the file must begin with a --- line`
		],
		'date-contradiction': [
			`${at('date-contradiction', '04-date-contradiction.md')}: date-contradiction: line 9: "12 March 1999" contradicts event "ahc-session-1-1999" (19–29 January 1999)`,
			`${at('date-contradiction', '04-date-contradiction.md')}: date-contradiction: line 10: "19–29 March 1999" contradicts event "ahc-session-1-1999" (19–29 January 1999)`,
			`${at('date-contradiction', '04-date-contradiction.md')}: date-contradiction: line 12: "5 January 1997" contradicts event "polish-draft-1996" (1996)`,
			`${at('date-contradiction', '04-date-contradiction.md')}: date-contradiction: line 14: "19 January to 2 February 1999" contradicts event "ahc-session-1-1999" (19–29 January 1999)`
		],
		'eventref-not-in-front-matter': [
			`${at('eventref-not-in-front-matter', '04-eventref-not-in-front-matter.md')}: eventref-not-in-front-matter: line 10: EventRef "ahc-session-3-1999" is not listed in the front matter's events`
		],
		'front-matter-event-unreferenced': [
			`${at('front-matter-event-unreferenced', '04-front-matter-event-unreferenced.md')}: front-matter-event-unreferenced: front matter.events.1: "ahc-session-3-1999" is never referenced by an EventRef in the body`
		],
		'duplicate-order': [`${at('duplicate-order', '05-second.md')}: second: front matter.order: duplicate order 4: also ${at('duplicate-order', '04-first.md')}`],
		'duplicate-slug': [`${at('duplicate-slug', '05-vienna.md')}: vienna: file name: duplicate slug "vienna": also ${at('duplicate-slug', '04-vienna.md')}`],
		'tag-errors': [
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 9: <EventRef> is never closed (</EventRef>)`,
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 10: unknown component <Footnote> (essays use EventRef, Quote, Note, MiniTimeline, Differ)`,
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 10: cannot read the <Note> tag: attributes must be name="value" or name='value', and the tag must end with > or />`,
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 10: <Quote> must close itself: write <Quote … />`,
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 10: </Quote> closes no open <Quote>`,
			`${at('tag-errors', '04-tag-errors.md')}: tag-errors: line 11: </Differ> closes no open <Differ>`
		],
		'bad-file-name': [
			`${at('bad-file-name', '4-Vienna_Essay.md')}: 4-Vienna_Essay: file name: must be NN-slug.md: two digits, a hyphen and a kebab-case slug (a-z, 0-9, single hyphens)`
		]
	};

	it('has a test for every fixture folder', () => {
		const folders = readdirSync(join(root, fixtures)).filter((f) => statSync(join(root, fixtures, f)).isDirectory() && f !== 'valid');
		expect(folders.sort()).toEqual(Object.keys(expected).sort());
	});

	for (const [name, lines] of Object.entries(expected))
		it(`reports ${name}`, () => {
			expect(report(`${fixtures}/${name}`, fixtureGraph).lines.sort()).toEqual([...lines].sort());
		});
});
