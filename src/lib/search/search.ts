/**
 * Search over the documents: exact substring matches first (titles before texts), which is fast at any size,
 * then fuzzy matches from fuse.js only when there are too few exact ones (typos, partial words).
 */
import type { SearchDoc } from './options';
import { normalize } from './normalize';

/** Results shown at first; "Show all" lifts it. */
export const LIMIT = 8;
/** The most results ever listed, so that a one-letter-ish query never renders the whole graph. */
export const MAX_RESULTS = 200;

/** Searches for `query`, at most `limit` results (both compared in their normalised form, see `normalize`). */
export function searcher(docs: SearchDoc[], fuzzy: (q: string, limit: number) => SearchDoc[]): (q: string, limit?: number) => SearchDoc[] {
	const titles = docs.map((d) => ` ${normalize(d.title)}`);
	const texts = docs.map((d) => ` ${normalize(d.text)}`);
	return (query, limit = LIMIT) => {
		const raw = query.trim();
		// Matches start at a word: "cop5" finds "COP 5", not "scop5".
		const q = ` ${normalize(raw)}`;
		if (q === ' ') return [];
		const hits: SearchDoc[] = [];
		for (let i = 0; i < docs.length && hits.length < limit; i++) if (titles[i].includes(q)) hits.push(docs[i]);
		for (let i = 0; i < docs.length && hits.length < limit; i++) if (!titles[i].includes(q) && texts[i].includes(q)) hits.push(docs[i]);
		if (hits.length < limit) for (const d of fuzzy(raw, limit)) if (hits.length < limit && !hits.includes(d)) hits.push(d);
		return hits;
	};
}
