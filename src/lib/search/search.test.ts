import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { fuseOptions, type SearchDoc } from './docs';
import { LIMIT, searcher } from './search';

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
	});
});
