/**
 * Search over the documents: exact substring matches first (titles before texts), which is fast at any size,
 * then fuzzy matches from fuse.js only when there are too few exact ones (typos, partial words).
 */
import type { SearchDoc } from './options';

export const LIMIT = 8;

export function searcher(docs: SearchDoc[], fuzzy: (q: string) => SearchDoc[]): (q: string) => SearchDoc[] {
	const titles = docs.map((d) => d.title.toLowerCase());
	const texts = docs.map((d) => d.text.toLowerCase());
	return (query) => {
		const q = query.trim().toLowerCase();
		if (!q) return [];
		const hits: SearchDoc[] = [];
		for (let i = 0; i < docs.length && hits.length < LIMIT; i++) if (titles[i].includes(q)) hits.push(docs[i]);
		for (let i = 0; i < docs.length && hits.length < LIMIT; i++) if (!titles[i].includes(q) && texts[i].includes(q)) hits.push(docs[i]);
		if (hits.length < LIMIT) for (const d of fuzzy(q)) if (hits.length < LIMIT && !hits.includes(d)) hits.push(d);
		return hits;
	};
}
