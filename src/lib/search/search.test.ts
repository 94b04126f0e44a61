import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { fuseOptions, type SearchDoc } from './docs';
import { CANDIDATES, FUZZY_ALL, LIMIT, searcher, trigrams } from './search';
import { aliasKeys, normalize } from './normalize';

const doc = (id: string, title: string, text = ''): SearchDoc => ({ type: 'event', id, title, detail: '', text, event: id });
const docs = [
	doc('naples', 'World Ministerial Conference, Naples', 'Berlusconi presided'),
	doc('palermo', 'Signing conference in Palermo', 'High-level conference'),
	doc('falcone', 'Falcone murdered', 'in Palermo, May 1992'),
	doc('vienna', 'Ad Hoc Committee, Vienna')
];
const fuse = new Fuse(docs, fuseOptions);
const search = searcher(docs, (q) => fuse.search(q).map((r) => r.item));

describe('search', () => {
	it('puts title matches before text matches', () => expect(search('Palermo').map((d) => d.id).slice(0, 2)).toEqual(['palermo', 'falcone']));
	it('is case-insensitive and trims', () => expect(search('  NAPLES ')[0].id).toBe('naples'));
	it('falls back to fuzzy matching for typos', () => expect(search('Viena').map((d) => d.id)).toContain('vienna'));
	it('returns nothing for an empty query and at most the limit', () => {
		expect(search('   ')).toEqual([]);
		const many = Array.from({ length: 30 }, (_, i) => doc(`e${i}`, `Session ${i}`));
		expect(searcher(many, () => [])('session')).toHaveLength(LIMIT);
		expect(searcher(many, () => [])('session', 100)).toHaveLength(30);
	});
	it('matches abbreviations, numbers and document symbols however they are written', () => {
		const aliases = [{ terms: ['COP'], means: 'Conference of the Parties' }, { terms: ['AHC'], means: 'Ad Hoc Committee' }];
		const withKeys = (d: SearchDoc) => ({ ...d, text: `${d.text} ${aliasKeys(d.title, d.text, aliases)}` });
		const records = [
			doc('cop5', 'Fifth session of the Conference of the Parties, Vienna'),
			doc('cop10', 'Tenth session of the Conference of the Parties, Vienna (hybrid)'),
			doc('ahc7', 'Ad Hoc Committee, seventh session'),
			doc('adopted', 'General Assembly adopts the Convention', 'resolution 55/25 of 15 November 2000'),
			doc('report', 'Report A/55/383')
		].map(withKeys);
		const find = searcher(records, () => []);
		for (const q of ['COP 10', 'COP10', 'cop-10']) expect(find(q).map((d) => d.id)).toEqual(['cop10']);
		expect(find('COP 5').map((d) => d.id)).toEqual(['cop5']);
		expect(find('AHC 7').map((d) => d.id)).toEqual(['ahc7']);
		expect(find('COP').map((d) => d.id)).toEqual(['cop5', 'cop10']);
		expect(find('A/RES/55/25').map((d) => d.id)).toEqual(['adopted']);
		expect(find('a/55/383').map((d) => d.id)).toEqual(['report']);
		expect(normalize('Érd A/RES/55/25')).toBe('erd a res55 25');
	});
});

describe('search over many documents', () => {
	const many = [...Array.from({ length: FUZZY_ALL }, (_, i) => doc(`filler-${i}`, `Filler record ${i}`, 'nothing to see')), ...docs];
	const scored: number[] = [];
	const big = searcher(many, (q, n, among) => {
		scored.push((among ?? many).length);
		return new Fuse(among ?? many, fuseOptions).search(q, { limit: n }).map((r) => r.item);
	});
	it('scores only a few candidates with fuse.js, and still finds a typo', () => {
		expect(big('Viena').map((d) => d.id)).toContain('vienna');
		expect(scored.length).toBeGreaterThan(0);
		expect(Math.max(...scored)).toBeLessThanOrEqual(CANDIDATES);
	});
	it('ranks strings by the trigrams they share with the query', () => {
		const near = trigrams([' signing conference in palermo', ' ad hoc committee vienna', ' falcone murdered']);
		expect(near(' palremo', 5)).toEqual([0]);
		expect(near(' viena committee', 5)[0]).toBe(1);
	});
});
