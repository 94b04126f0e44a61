/**
 * Writes the fixture treaty (`tests/fixtures/treaty/data/`): a small, clearly fictional history — the
 * "Lumen Accord" on the keeping of lighthouses — with its own lanes, families, eras and identity, plus a
 * dense generated part (160 harbour log entries over two years, past the 150 marks on screen at which its `site.json` has the chart switch to a canvas) so that the canvas path runs in tests.
 * Deterministic: run `npx tsx scripts/make-fixture-treaty.ts` after changing it, and commit the output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'treaty', 'data');
const cite = (locator: string) => [{ source: 'lumen-chronicle', locator }];

type E = Record<string, unknown> & { id: string };
const ev = (id: string, title: string, start: string, kind: string, o: Partial<E> = {}): E => ({
	id, title, start, kind,
	summary: `A fictional event for the tests: ${title.toLowerCase()}, in the made-up history of the Lumen Accord.`,
	actors: [], countries: [], themes: ['keeping'], sources: cite(`chapter "${id}"`), links: [], disputes: [], ...o
});

const events: E[] = [
	ev('fx-congress-1', 'First Keepers Congress, Bergen', '1952-06-02', 'crime-congress', { end: '1952-06-09', place: { city: 'Bergen', country: 'NOR' }, actors: ['keepers-congress'], links: [{ type: 'led-to', to: 'fx-congress-2' }] }),
	ev('fx-congress-2', 'Second Keepers Congress, Reykjavik', '1958', 'crime-congress', { place: { city: 'Reykjavik', country: 'ISL' }, actors: ['keepers-congress'], links: [{ type: 'led-to', to: 'fx-resolution-1' }] }),
	ev('fx-resolution-1', 'Assembly resolution on shared beacons', '1961-11', 'ga-resolution', { actors: ['tide-assembly'], themes: ['keeping', 'signals'], links: [{ type: 'led-to', to: 'fx-committee-1' }] }),
	ev('fx-committee-1', 'Beacon Committee, first session', '1963-03-04', 'committee-session', { end: '1963-03-15', actors: ['beacon-committee', 'ada-lamp'], countries: ['PRT'], links: [{ type: 'led-to', to: 'fx-committee-2' }] }),
	ev('fx-committee-2', 'Beacon Committee, second session', '1964-09-07', 'committee-session', { end: '1964-09-18', actors: ['beacon-committee', 'ada-lamp'], countries: ['PRT', 'NOR'], links: [{ type: 'led-to', to: 'fx-adoption' }] }),
	ev('fx-statement-nor', 'Norway proposes a binding accord', '1962', 'statement', { actors: ['norway'], countries: ['NOR'], themes: ['signals'], links: [{ type: 'led-to', to: 'fx-committee-1' }] }),
	ev('fx-statement-chl', 'Chile asks for a southern annex', '1964', 'statement', { actors: ['chile'], countries: ['CHL'], themes: ['annexes'] }),
	ev('fx-adoption', 'Assembly adopts the Lumen Accord', '1965-12-10', 'ga-resolution', { actors: ['tide-assembly'], themes: ['keeping'], links: [{ type: 'led-to', to: 'fx-signing' }] }),
	ev('fx-signing', 'Signing conference, Lisbon', '1966-02-14', 'signing-conference', { end: '1966-02-16', place: { city: 'Lisbon', country: 'PRT' }, actors: ['portugal', 'ada-lamp'], countries: ['PRT'], links: [{ type: 'led-to', to: 'fx-in-force' }],
		disputes: [{ topic: 'number of signatures', claims: [{ value: '31', source: 'lumen-chronicle', locator: 'chapter "fx-signing"' }, { value: '33', source: 'lumen-gazette', locator: 'issue 4' }], note: 'The two fictional sources count differently.' }] }),
	ev('fx-in-force', 'The Lumen Accord enters into force', '1968-07-01', 'entry-into-force', { themes: ['keeping'], links: [{ type: 'led-to', to: 'fx-cop-1' }] }),
	ev('fx-ratify-isl', 'Iceland ratifies', '1967', 'treaty-action', { actors: ['iceland'], countries: ['ISL'] }),
	ev('fx-ratify-nor', 'Norway ratifies', '1967-05', 'treaty-action', { actors: ['norway'], countries: ['NOR'] }),
	ev('fx-ratify-chl', 'Chile ratifies', '1970', 'treaty-action', { actors: ['chile'], countries: ['CHL'], themes: ['annexes'] }),
	ev('fx-cop-1', 'Meeting of the Parties, first session', '1970-10-05', 'cop-session', { end: '1970-10-09', actors: ['parties-meeting'], links: [{ type: 'led-to', to: 'fx-annex' }] }),
	ev('fx-annex', 'Southern annex adopted', '1974', 'treaty-action', { actors: ['parties-meeting', 'chile'], countries: ['CHL'], themes: ['annexes'], links: [{ type: 'responds-to', to: 'fx-statement-chl' }] }),
	ev('fx-cop-2', 'Meeting of the Parties, second session', '1976-04-12', 'cop-session', { end: '1976-04-16', actors: ['parties-meeting'] }),
	ev('fx-storm', 'The great storm season', '1979', 'context', { themes: ['signals'], links: [{ type: 'context-for', to: 'fx-review' }] }),
	ev('fx-review', 'Review of keeping agreed', '1982-05-20', 'cop-session', { actors: ['parties-meeting', 'norway'], countries: ['NOR'], themes: ['review'] }),
	ev('fx-report', 'Report on unlit coasts', '1985', 'publication', { actors: ['ada-lamp'], themes: ['review', 'signals'] }),
	ev('fx-cop-3', 'Meeting of the Parties, third session', '1988-09', 'cop-session', { actors: ['parties-meeting'], themes: ['review'] }),
	ev('fx-modern', 'Automatic lamps replace keepers', '1995', 'context', { themes: ['keeping'] }),
	ev('fx-cop-4', 'Meeting of the Parties, fourth session', '2001-06-18', 'cop-session', { end: '2001-06-22', actors: ['parties-meeting'], themes: ['review'] })
];

// The dense part: a harbour log entry every day and a half across 2010–2011 (more than `denseAt` on screen), all in the context lane.
const t0 = Date.UTC(2010, 0, 1);
// Every four days and a half, so 160 entries fill 2010–2011.
for (let i = 0; i < 160; i++) {
	const day = new Date(t0 + Math.floor(i * 4.5) * 864e5).toISOString().slice(0, 10);
	events.push(ev(`fx-log-${String(i + 1).padStart(3, '0')}`, `Harbour log entry ${i + 1}`, day, 'publication', { themes: ['logs'] }));
}

const actor = (id: string, name: string, kind: string, country?: string, roles: Record<string, string>[] = []) => ({
	id, name, kind, ...(country ? { country } : {}), summary: `${name}: a fictional actor in the made-up history of the Lumen Accord.`,
	roles: roles.map((r) => ({ ...r, sources: cite(`chapter "${id}", roles`) })), sources: cite(`chapter "${id}"`)
});
const actors = [
	actor('keepers-congress', 'Keepers Congress', 'un-body'),
	actor('tide-assembly', 'Tide Assembly', 'un-body'),
	actor('beacon-committee', 'Beacon Committee', 'un-body'),
	actor('parties-meeting', 'Meeting of the Parties', 'un-body'),
	// Roles of every shape for the roles chart: both ends, only the start, only the end, undated. (No `bodyActor`:
	// an office in a body that an event names would show in the country pages' roles.)
	actor('ada-lamp', 'Ada Lamp', 'person', 'PRT', [
		{ title: 'Keeper of the Cascais light', to: '1962' },
		{ title: 'Chair', body: 'Beacon Committee', from: '1963-03', to: '1964-09' },
		{ title: 'Honorary keeper' },
		{ title: 'Rapporteur on unlit coasts', from: '1983' }
	]),
	actor('norway', 'Norway', 'state', 'NOR'),
	actor('iceland', 'Iceland', 'state', 'ISL'),
	actor('chile', 'Chile', 'state', 'CHL'),
	actor('portugal', 'Portugal', 'state', 'PRT')
];
const quotes = [
	{ id: 'lamp-every-coast', text: 'Every coast deserves a light that does not go out.', speaker: 'ada-lamp', date: '1963-03', context: 'A fictional line, said at the first session of the fictional Beacon Committee.', event: 'fx-committee-1', source: { source: 'lumen-chronicle', locator: 'chapter "fx-committee-1"' } },
	{ id: 'norway-binding', text: 'Guidelines have not lit a single lamp.', speaker: 'norway', date: '1962', context: 'A fictional line from the fictional Norwegian proposal.', event: 'fx-statement-nor', source: { source: 'lumen-chronicle', locator: 'chapter "fx-statement-nor"' } }
];
const sources = [
	{ id: 'lumen-chronicle', type: 'document', title: 'A Chronicle of the Lumen Accord (fictional, for tests)', author: [{ literal: 'The Test Suite' }], issued: { 'date-parts': [[2026]] } },
	{ id: 'lumen-gazette', type: 'document', title: 'The Lumen Gazette (fictional, for tests)', issued: { 'date-parts': [[1966]] } }
];
const themes = [
	{ id: 'keeping', label: 'Keeping the lights', description: 'Who keeps the lighthouses, and how (fictional).' },
	{ id: 'signals', label: 'Signals', description: 'Beacons, codes and colours (fictional).' },
	{ id: 'annexes', label: 'Annexes', description: 'The regional annexes of the accord (fictional).' },
	{ id: 'review', label: 'Review', description: 'How the parties check one another (fictional).' },
	{ id: 'logs', label: 'Harbour logs', description: 'Generated entries that make the timeline dense (fictional).' }
];
const eras = [
	{ id: 'congress-years', label: 'Congress years', start: '1950', end: '1962', description: 'Keepers meet and talk, but agree nothing binding (fictional).' },
	{ id: 'drafting', label: 'Drafting', start: '1963', end: '1966-02', description: 'A committee drafts the accord, and the assembly adopts it (fictional).' },
	{ id: 'in-force', label: 'In force', start: '1966-03', description: 'The parties meet, annex and review (fictional).' }
];
const site = {
	name: 'Lumen Timeline',
	treaty: 'Lumen Accord on the Keeping of Lighthouses (a fictional treaty for tests)',
	description: 'A fictional treaty history that the test suite builds, to prove the site is told by its data alone.',
	tagline: 'How keepers of lights came to agree an accord — a story made up for the tests.',
	introduction: ['The Lumen Accord never existed. This site is built from a small made-up graph so that the tests can check every part of the site without depending on the real history.'],
	highlights: ['fx-congress-1', 'fx-adoption', 'fx-in-force'],
	span: { from: '1950', to: '2003' },
	aliases: [{ terms: ['MOP'], means: 'Meeting of the Parties' }],
	// Small, so the tests reach the canvas path with a light graph (the real site uses the default, 400).
	denseAt: 150,
	lanes: [
		{ id: 'meetings', label: 'Congresses & committee', kinds: ['crime-congress', 'committee-session', 'signing-conference'] },
		{ id: 'assembly', label: 'Tide Assembly', kinds: ['ga-resolution'] },
		{ id: 'parties', label: 'Accord & parties', kinds: ['entry-into-force', 'treaty-action', 'cop-session'] },
		{ id: 'voices', label: 'States & voices', kinds: ['statement'] },
		{ id: 'background', label: 'Background', kinds: ['context', 'publication'] }
	],
	families: [
		{ id: 'gathering', label: 'Gatherings', shape: 'circle', fill: '#2563eb', stroke: '#1e3a8a', kinds: ['crime-congress', 'committee-session', 'cop-session'] },
		{ id: 'decision', label: 'Decisions', shape: 'diamond', fill: '#c2410c', stroke: '#7c2d12', kinds: ['ga-resolution', 'signing-conference'] },
		{ id: 'accord', label: 'Accord actions', shape: 'square', fill: '#15803d', stroke: '#14532d', kinds: ['entry-into-force', 'treaty-action'] },
		{ id: 'voice', label: 'Voices', shape: 'circle', fill: '#facc15', stroke: '#854d0e', kinds: ['statement'] },
		{ id: 'background', label: 'Background', shape: 'square', fill: '#d4d4d8', stroke: '#52525b', kinds: ['context', 'publication'] }
	],
	links: {
		'led-to': { out: 'Led to', in: 'Followed from', legend: 'led to', colour: '#1d4ed8', dash: 'none' },
		'mandated-by': { out: 'Mandated by', in: 'Mandated', legend: 'mandated by', colour: '#9b1c24', dash: '6 3' },
		'responds-to': { out: 'Answers', in: 'Answered by', legend: 'answers', colour: '#047857', dash: '2 3' },
		'part-of': { out: 'Part of', in: 'Includes', legend: 'part of', colour: '#6d28d9', dash: '8 3 2 3' },
		'context-for': { out: 'Background to', in: 'Against the background of', legend: 'background to', colour: '#78716c', dash: '1 4' }
	}
};

// Two lessons: one walks the whole story (every kind of step: event, window, filters, trace, quotation,
// essay passage, question, notes), one is short, for the list and the builder's tests.
const step = (id: string, title: string, focus: Record<string, unknown>, o: Record<string, unknown> = {}) => ({
	id, title, focus,
	narrative: `Fixture step ${id}: a made-up narrative for the tests, about ${title.toLowerCase()}.`,
	sources: cite(`chapter "${id}"`), ...o
});
const lessons = {
	'fx-lesson-keepers': {
		id: 'fx-lesson-keepers', title: 'Fixture lesson: how the keepers agreed', level: 'secondary', duration: 40, order: 0,
		summary: 'A made-up lesson for the tests, walking the Lumen Accord from the first congress to its review.',
		goals: ['Fixture goal one: name the congresses.', 'Fixture goal two: explain the signing dispute.'],
		prerequisites: ['Fixture prerequisite: none really.'],
		steps: [
			step('fx-step-congresses', 'The congress years', { from: '1950', to: '1962' }, { question: 'Fixture question one: why did the congresses agree nothing binding?', notes: 'Fixture teacher note one: give the class five minutes.', essay: { slug: 'keepers-meet', heading: 'two-congresses' } }),
			step('fx-step-norway', 'Norway proposes', { event: 'fx-statement-nor', country: ['NOR'] }, { quote: 'norway-binding', question: 'Fixture question two: what did Norway want?', notes: 'Fixture teacher note two: ask for a show of hands.' }),
			step('fx-step-signing', 'Signing in Lisbon', { event: 'fx-signing', from: '1965', to: '1967' }, { question: 'Fixture question three: why do the sources count signatures differently?', notes: 'Fixture teacher note three: the dispute is the point.' }),
			step('fx-step-trace', 'What led to the review', { event: 'fx-review', trace: true }, { notes: 'Fixture teacher note four: follow the chain.' }),
			step('fx-step-parties', 'The parties meet', { actor: ['parties-meeting'], from: '1968', to: '2002' }, { question: 'Fixture question five: how often did the parties meet?', notes: 'Fixture teacher note five: wrap up.' })
		]
	},
	'fx-lesson-short': {
		id: 'fx-lesson-short', title: 'Fixture lesson: the southern annex', level: 'university', duration: 30, order: 1,
		summary: 'A short made-up lesson for the tests, on how Chile asked for and got its annex.',
		goals: ['Fixture goal: follow a request to its answer.'],
		steps: [
			step('fx-step-ask', 'Chile asks', { event: 'fx-statement-chl' }, { question: 'Fixture question: what did Chile ask for?' }),
			step('fx-step-annex', 'The annex', { event: 'fx-annex', theme: ['annexes'] })
		]
	}
};

mkdirSync(join(dir, 'lessons'), { recursive: true });
for (const [id, lesson] of Object.entries(lessons)) writeFileSync(join(dir, 'lessons', `${id}.json`), JSON.stringify(lesson, null, '\t') + '\n');
mkdirSync(dir, { recursive: true });
for (const [name, value] of Object.entries({ events, actors, quotes, sources, themes, eras, site }))
	writeFileSync(join(dir, `${name}.json`), JSON.stringify(value, null, '\t') + '\n');
console.log(`fixture treaty: ${events.length} events written to ${dir}`);
