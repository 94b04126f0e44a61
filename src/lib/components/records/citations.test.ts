import { describe, expect, it } from 'vitest';
import { citationGroups, publicLocator } from './citations';
import type { CitationView } from '$lib/graph/views';

describe('publicLocator', () => {
	it('drops a "(note column: …)" note, nested brackets and all, and keeps the fact', () => {
		expect(publicLocator('supplementary-facts.csv row 24: COP1 — Vienna, 28 June - 9 July 2004 (note column: CONFLICT: archived UNODC decisions page says 28 June - 8 July 2004)')).toBe(
			'supplementary-facts.csv row 24: COP1 — Vienna, 28 June - 9 July 2004'
		);
		expect(publicLocator('supplementary-facts.csv row 22: Firearms Protocol entry into force — 3 July 2005 (registration No. 39574) (note column: gunsopedia.com says 3 June 2005 (conflict, secondary))')).toBe(
			'supplementary-facts.csv row 22: Firearms Protocol entry into force — 3 July 2005 (registration No. 39574)'
		);
	});

	it('drops a "(source column: …)" note too', () => {
		expect(publicLocator("supplementary-facts.csv row 45: 7th UN Crime Congress — Milan, 26 August - 6 September 1985 (source column: GA res 39/112: ECOSOC dec. 1984/154 accepted Italy's invitation for Milan 26 Aug-6 Sep 1985)")).toBe(
			'supplementary-facts.csv row 45: 7th UN Crime Congress — Milan, 26 August - 6 September 1985'
		);
	});

	it('keeps what follows a closed note, and drops an unbracketed or unclosed note to the end', () => {
		expect(publicLocator('row 3: a fact (note column: checked twice), p. 4')).toBe('row 3: a fact, p. 4');
		expect(publicLocator('row 3: a fact; note column: CONFLICT with row 4')).toBe('row 3: a fact');
		expect(publicLocator('row 3: a fact (note column: CONFLICT (secondary')).toBe('row 3: a fact');
		expect(publicLocator("row 3: a fact [curator's note: ask again]")).toBe('row 3: a fact');
	});

	it('leaves locators without a curator’s note alone, interview note numbers included', () => {
		for (const locator of [
			'section "The Role of Political Leadership", note 10',
			'Wikipedia part, infobox',
			'introduction (Palermo, Sicily, "the heartland of the Italian Cosa Nostra")',
			"supplementary-facts.csv row 6: AHC 3rd session — 28 April - 3 May 1999 (Vienna implied; prospective wording 'will be convened')"
		])
			expect(publicLocator(locator)).toBe(locator);
	});
});

describe('citationGroups', () => {
	const source = (id: string) => ({ id, label: id.toUpperCase(), title: id });
	const cite = (id: string, locator: string): CitationView => ({ source: source(id), locator });

	it('shows a citation once, even when one copy carries a curator’s note', () => {
		expect(citationGroups([cite('a', 'row 22: fact'), cite('a', 'row 22: fact (note column: conflict)'), cite('a', 'row 22: fact')])).toEqual([
			{ locator: 'row 22: fact', sources: [source('a')] }
		]);
	});

	it('puts the sources of one locator on one line, in order of first use', () => {
		expect(citationGroups([cite('b', 'row 15: x'), cite('t', 'introduction'), cite('c', 'row 15: x (note column: y)'), cite('d', 'row 15: x')])).toEqual([
			{ locator: 'row 15: x', sources: [source('b'), source('c'), source('d')] },
			{ locator: 'introduction', sources: [source('t')] }
		]);
	});
});
