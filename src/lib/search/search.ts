/**
 * Search over the documents: exact substring matches first (titles before texts), which is fast at any size,
 * then fuzzy matches from fuse.js only when there are too few exact ones (typos, partial words). Over many
 * documents fuse.js would score every one of them on each keystroke (hundreds of ms at 10,000): there, it
 * scores only the few documents that share the most trigrams with the query (`trigrams`).
 */
import type { SearchDoc } from './options';
import { normalize } from './normalize';

/** Results shown at first; "Show all" lifts it. */
export const LIMIT = 8;
/** The most results ever listed, so that a one-letter-ish query never renders the whole graph. */
export const MAX_RESULTS = 200;
/** Up to this many documents, fuzzy matching looks at all of them; beyond, at most `CANDIDATES`. */
export const FUZZY_ALL = 2000;
export const CANDIDATES = 64;

/**
 * Fuzzy matching over `among` (the documents to score), or over every document when `among` is undefined.
 * The client gives fuse.js (its prebuilt index for all, a small index for a few candidates).
 */
export type Fuzzy = (q: string, limit: number, among?: SearchDoc[]) => SearchDoc[];

/** Searches for `query`, at most `limit` results (both compared in their normalised form, see `normalize`). */
export function searcher(docs: SearchDoc[], fuzzy: Fuzzy): (q: string, limit?: number) => SearchDoc[] {
	const titles = docs.map((d) => ` ${normalize(d.title)}`);
	const texts = docs.map((d) => ` ${normalize(d.text)}`);
	// Made with the searcher (when the index loads), not on a keystroke.
	const nearest = docs.length > FUZZY_ALL ? trigrams(docs.map((_, i) => `${titles[i]} ${texts[i]}`)) : undefined;
	const fuzzyHits = (raw: string, q: string, limit: number) => {
		if (!nearest) return fuzzy(raw, limit);
		const among = nearest(q, CANDIDATES).map((i) => docs[i]);
		return among.length ? fuzzy(raw, limit, among) : [];
	};
	return (query, limit = LIMIT) => {
		const raw = query.trim();
		// Matches start at a word: "cop5" finds "COP 5", not "scop5".
		const q = ` ${normalize(raw)}`;
		if (q === ' ') return [];
		const hits: SearchDoc[] = [];
		for (let i = 0; i < docs.length && hits.length < limit; i++) if (titles[i].includes(q)) hits.push(docs[i]);
		for (let i = 0; i < docs.length && hits.length < limit; i++) if (!titles[i].includes(q) && texts[i].includes(q)) hits.push(docs[i]);
		if (hits.length < limit) for (const d of fuzzyHits(raw, q, limit)) if (hits.length < limit && !hits.includes(d)) hits.push(d);
		return hits;
	};
}

/**
 * An inverted index of the trigrams of some (normalised) strings. Returns, for a query, the indexes of at most
 * `n` strings sharing the most trigrams with it, and at least a third of the query's trigrams (a typo or two
 * changes only the few trigrams around it), most shared first.
 */
export function trigrams(strings: string[]): (q: string, n: number) => number[] {
	const postings = new Map<string, number[]>();
	strings.forEach((s, i) => {
		for (let k = 0; k + 3 <= s.length; k++) {
			const g = s.slice(k, k + 3);
			const list = postings.get(g);
			if (!list) postings.set(g, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	});
	const shared = new Uint16Array(strings.length);
	return (q, n) => {
		const grams = new Set<string>();
		for (let k = 0; k + 3 <= q.length; k++) grams.add(q.slice(k, k + 3));
		const touched: number[] = [];
		for (const g of grams)
			for (const i of postings.get(g) ?? []) {
				if (!shared[i]) touched.push(i);
				shared[i]++;
			}
		const least = Math.max(1, Math.ceil(grams.size / 3));
		const out = touched.filter((i) => shared[i] >= least).sort((a, b) => shared[b] - shared[a] || a - b).slice(0, n);
		for (const i of touched) shared[i] = 0;
		return out;
	};
}
