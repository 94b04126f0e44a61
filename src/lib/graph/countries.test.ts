import { describe, expect, it } from 'vitest';
import { countryName, isIso3 } from './countries';
import { loadGraph } from './load';

describe('countryName', () => {
	it('gives the short common name, not the formal one', () => {
		expect(countryName('IRN')).toBe('Iran');
		expect(countryName('RUS')).toBe('Russia');
		expect(countryName('USA')).toBe('United States');
		expect(countryName('CHN')).toBe('China');
		expect(countryName('MDA')).toBe('Moldova');
		expect(countryName('GBR')).toBe('United Kingdom');
		expect(countryName('ITA')).toBe('Italy');
	});

	it('falls back to the code for an unknown one', () => {
		expect(countryName('XXX')).toBe('XXX');
		expect(isIso3('XXX')).toBe(false);
		expect(isIso3('ITA')).toBe(true);
	});

	// The state actors of each treaty are named as their country is, so no page says "Iran" beside "Islamic Republic of Iran".
	for (const [treaty, root] of [['the real history', '.'], ['the fixture treaty', 'tests/fixtures/treaty']])
		it(`names every state actor of ${treaty} as its country`, () => {
			const states = loadGraph(root).actors.filter((a) => a.kind === 'state' && a.country);
			expect(states.length).toBeGreaterThan(0);
			for (const a of states) expect(a.name, a.id).toBe(countryName(a.country!));
		});
});
