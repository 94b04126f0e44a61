import { describe, expect, it } from 'vitest';
import { loadGraph } from './load';
import {
	actorEventCount, citationView, countryCodes, countryDossier, countryEventCounts, countryEvents, countryRoles, cslIsoDate,
	eventCountryCodes, relatedActors, sourceEntry, sourceUses, stateOf, withoutEvents, type CountryRole
} from './views';
import type { Graph } from './indexes';

const real = loadGraph('.');
const fixture = loadGraph('tests/fixtures/treaty');
const ev = (g: typeof real, id: string) => g.eventById.get(id)!;
/** Roles as short strings, to compare whole lists: "host", "national:ada-lamp(Chair)". */
const brief = (roles: CountryRole[]) =>
	roles.map((r) => ('actor' in r ? `${r.kind}:${r.actor.id}${r.offices.length ? `(${r.offices.join(', ')})` : ''}` : r.kind));

describe('a country’s events', () => {
	it('are the events naming the country, placed in it, or naming one of its actors, each once', () => {
		expect(eventCountryCodes(fixture, ev(fixture, 'fx-signing'))).toEqual(['PRT']);
		expect(eventCountryCodes(fixture, ev(fixture, 'fx-report'))).toEqual(['PRT']);
		expect(countryEvents(fixture, 'PRT').map((c) => c.event.id)).toEqual(['fx-committee-1', 'fx-committee-2', 'fx-signing', 'fx-report']);
	});

	it('give the country’s part in each from the data: host, the state, its nationals', () => {
		expect(countryEvents(fixture, 'PRT').map((c) => [c.event.id, brief(c.roles)])).toEqual([
			['fx-committee-1', ['national:ada-lamp']],
			['fx-committee-2', ['national:ada-lamp']],
			['fx-signing', ['host', 'state', 'national:ada-lamp']],
			['fx-report', ['national:ada-lamp']]
		]);
		// Norway is only named in fx-committee-2.
		expect(brief(countryRoles(fixture, 'NOR', ev(fixture, 'fx-committee-2')))).toEqual(['named']);
		expect(countryRoles(fixture, 'ISL', ev(fixture, 'fx-committee-2'))).toEqual([]);
	});

	it('in the real history: Italy’s include Ambassador Lauriola’s chairmanship and address, and the Palermo conference it hosted', () => {
		const italy = new Map(countryEvents(real, 'ITA').map((c) => [c.event.id, brief(c.roles)]));
		expect(italy.get('ahc-negotiations-1999-2004')).toEqual(['national:luigi-lauriola(Chairman)']);
		expect(italy.get('lauriola-ga-address-2000')).toEqual(['national:luigi-lauriola']);
		expect(italy.get('palermo-signing-conference-2000')).toEqual(['host']);
		expect(italy.get('falcone-assassination-1992')).toEqual(['place', 'national:giovanni-falcone']);
		expect(italy.get('ccpcj-first-session-1992')).toEqual(['state', 'national:giovanni-falcone(Representative of Italy at the first session of the CCPCJ)', 'national:gino-polimeni']);
	});

	it('show an office only while it was held: Cimoszewicz at Naples (1994) was Deputy Prime Minister, not yet Prime Minister (1996–97)', () => {
		const [naples] = countryEvents(real, 'POL').filter((c) => c.event.id === 'naples-ministerial-conference-1994');
		expect(brief(naples.roles)).toEqual(['state', 'national:wlodzimierz-cimoszewicz(Deputy Prime Minister and Justice Minister)']);
	});

	for (const [treaty, g] of [['the real history', real], ['the fixture treaty', fixture]] as const)
		it(`are counted the same on every page, in ${treaty}`, () => {
			const counts = countryEventCounts(g);
			for (const code of countryCodes(g)) {
				const n = countryEvents(g, code).length;
				expect(counts.get(code) ?? 0, code).toBe(n);
				expect(countryDossier(g, code).events).toHaveLength(n);
				const state = stateOf(g, code);
				if (state) expect(actorEventCount(g, state), state.id).toBe(n);
			}
		});
});

describe('countryDossier', () => {
	it('brings together the state, its people, what it hosted, its treaty actions and its quotations', () => {
		const d = countryDossier(fixture, 'PRT');
		expect(d.country).toEqual({ code: 'PRT', name: 'Portugal' });
		expect(d.state?.id).toBe('portugal');
		expect(d.members.map((p) => p.actor.id)).toEqual(['ada-lamp']);
		expect(d.hosted.map((e) => e.id)).toEqual(['fx-signing']);
		expect(d.quotes.map((q) => q.speaker.id)).toContain('ada-lamp');
		const italy = countryDossier(real, 'ITA');
		expect(italy.treatyActions.map((e) => e.id)).toContain('italy-ratification-2006');
		expect(italy.members.find((p) => p.actor.id === 'luigi-lauriola')?.offices.map((o) => o.title)).toContain('Chairman');
		// An office whose title already names its body (by name or abbreviation) does not name it twice.
		const falcone = italy.members.find((p) => p.actor.id === 'giovanni-falcone')!.offices;
		expect(falcone.find((o) => o.title.includes('CCPCJ'))).not.toHaveProperty('body');
	});
});

describe('withoutEvents', () => {
	it('says why an actor has no event: quoted, or only the body of someone’s office', () => {
		expect(withoutEvents(real, real.actorById.get('eduardo-vetere')!)).toEqual({ quotes: 2, bodyOf: [] });
		expect(withoutEvents(real, real.actorById.get('italian-ministry-of-justice')!)?.bodyOf.map((a) => a.id)).toEqual(['gino-polimeni']);
		expect(withoutEvents(real, real.actorById.get('luigi-lauriola')!)).toBeUndefined();
	});
});

describe('relatedActors', () => {
	const actor = (g: Graph, id: string) => g.actorById.get(id)!;
	const brief = (g: Graph, id: string, limit?: number) => relatedActors(g, actor(g, id), limit).map((r) => `${r.actor.id}:${r.shared}`);

	it('are the actors named in the same events, most shared first, ties by name', () => {
		// Ada Lamp sits in both Beacon Committee sessions and at the Lisbon signing with Portugal.
		expect(brief(fixture, 'ada-lamp')).toEqual(['beacon-committee:2', 'portugal:1']);
		// Chile (the annex) and Norway (the review) each share one event with the Meeting of the Parties: by name.
		expect(brief(fixture, 'parties-meeting')).toEqual(['chile:1', 'norway:1']);
		// An actor alone in its events has none.
		expect(brief(fixture, 'iceland')).toEqual([]);
	});

	it('keep the top few, count each event once, and order ties by name, then id', () => {
		const people = ['zed', 'amy', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'amy-2'].map((id) => ({ id, name: id === 'amy-2' ? 'amy' : id, kind: 'person' as const }));
		const e = (id: string, actors: string[]) => ({ id, actors });
		const events = [e('e1', ['zed', 'amy', 'amy', 'bob']), e('e2', ['zed', 'bob', 'cat']), e('e3', ['zed', 'dan', 'eve', 'fay', 'gus', 'amy-2']), e('e4', ['amy'])];
		const g = {
			actorById: new Map(people.map((p) => [p.id, p])),
			eventsByActor: new Map(people.map((p) => [p.id, events.filter((x) => x.actors.includes(p.id))]))
		} as unknown as Graph;
		expect(brief(g, 'zed')).toEqual(['bob:2', 'amy:1', 'amy-2:1', 'cat:1', 'dan:1', 'eve:1']);
		expect(brief(g, 'zed', 2)).toEqual(['bob:2', 'amy:1']);
		expect(brief(g, 'amy')).toEqual(['bob:1', 'zed:1']);
	});

	it('in the real history, count the events that name both, the same seen from either side', () => {
		const both = (a: string, b: string) => real.events.filter((x) => x.actors.includes(a) && x.actors.includes(b)).length;
		let pairs = 0;
		for (const a of real.actors)
			for (const r of relatedActors(real, a, Infinity)) {
				expect(r.shared, `${a.id} – ${r.actor.id}`).toBe(both(a.id, r.actor.id));
				expect(relatedActors(real, actor(real, r.actor.id), Infinity).find((x) => x.actor.id === a.id)?.shared).toBe(r.shared);
				pairs++;
			}
		expect(pairs).toBeGreaterThan(0);
	});
});

describe('citations and the bibliography', () => {
	it('citationView drops the curators’ notes, which the data keeps', () => {
		const cop1 = ev(real, 'cop-1-2004');
		const raw = cop1.sources.find((c) => c.locator.includes('note column:'))!;
		expect(raw).toBeDefined();
		expect(citationView(real, raw).locator).toBe('supplementary-facts.csv row 24: COP1 — Vienna, 28 June - 9 July 2004');
	});

	it('pads CSL dates and typesets volume, issue, pages and date', () => {
		expect(cslIsoDate([2021, 2, 15])).toBe('2021-02-15');
		expect(cslIsoDate([1998, 2])).toBe('1998-02');
		expect(cslIsoDate([2025])).toBe('2025');
		expect(cslIsoDate(undefined)).toBeUndefined();
		const t = sourceEntry(real.sourceById.get('tennant-2021')!);
		expect(t).toMatchObject({ label: 'Tennant 2021', authors: 'Ian Tennant', volumeIssue: '2 (1)', pages: '53–71', issued: { iso: '2021-02-15', text: '15 February 2021' } });
		expect(sourceEntry({ id: 'x', type: 'report', title: 'X', issue: '3' }).volumeIssue).toBe('(3)');
	});
});

describe('what cites a source', () => {
	const uses = sourceUses(fixture);
	it('lists each citing record once, and counts every citation', () => {
		// The gazette is cited once, by a claim of fx-signing's dispute.
		expect(uses.get('lumen-gazette')).toEqual({ citations: 1, events: [expect.objectContaining({ id: 'fx-signing' })], quotes: [], actors: [] });
		const chronicle = uses.get('lumen-chronicle')!;
		// fx-signing cites the chronicle twice (its sources and a claim): one entry, two citations.
		expect(chronicle.events.filter((e) => e.id === 'fx-signing')).toHaveLength(1);
		expect(chronicle.events).toHaveLength(fixture.events.length);
		expect(chronicle.quotes.map((q) => [q.id, q.speaker])).toEqual([['lamp-every-coast', 'Ada Lamp'], ['norway-binding', 'Norway']]);
		expect(chronicle.actors).toHaveLength(fixture.actors.length);
		const all = fixture.events.flatMap((e) => [...e.sources, ...e.disputes.flatMap((d) => d.claims)]).length
			+ fixture.actors.flatMap((a) => [...a.sources, ...a.roles.flatMap((r) => r.sources)]).length + fixture.quotes.length;
		expect(chronicle.citations + 1).toBe(all);
	});
	it('opens a long quotation with its first eight words', () => {
		const q = sourceUses(real).get('tennant-2021')!.quotes.find((x) => x.id === 'pdd-42-no-nation-alone')!;
		expect(q.opening.split(' ')).toHaveLength(8);
		expect(q.opening.endsWith('…')).toBe(true);
		expect(real.quotes.find((x) => x.id === 'pdd-42-no-nation-alone')!.text.startsWith(q.opening.slice(0, -1))).toBe(true);
	});
});
