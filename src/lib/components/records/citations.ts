/**
 * How citations are shown: locators without the curators' working notes, each citation once, and the sources
 * that share one locator (a row of the checked-facts table read from three pages) on one line. Pure and free
 * of imports, so the timeline's detail panel can use it without pulling the graph modules into its bundle.
 */
import type { CitationView, SourceRef } from '$lib/graph/views';

/**
 * The opening of a curator's note inside a locator: the table of checked facts carries a `note` and a
 * `source` column, and a locator copied from a row sometimes keeps them, as "(note column: CONFLICT: …)" or
 * "(source column: GA res 39/112: …)". They stay in the data for the curators; readers see the fact.
 */
const NOTE = /[\s;,]*[([]?\s*(?:note|source|curator(?:'s|’s)?)\s+(?:column|note)s?\s*:/i;

/**
 * A locator as readers see it: everything from a curator's note on is dropped (with its bracket, however
 * deeply nested), and what follows the note's closing bracket is kept. "note 24" (a numbered interview note
 * in Tennant) is part of the locator, not a curator's note.
 */
export function publicLocator(locator: string): string {
	let rest = locator;
	let out = '';
	for (let match = NOTE.exec(rest); match; match = NOTE.exec(rest)) {
		out += rest.slice(0, match.index);
		const opened = /[([]\s*\w/.test(match[0]) ? 1 : 0;
		let i = match.index + match[0].length;
		if (opened) {
			// Skip to the bracket that closes the note; an unclosed note runs to the end.
			for (let depth = 1; i < rest.length && depth; i++) depth += '(['.includes(rest[i]) ? 1 : ')]'.includes(rest[i]) ? -1 : 0;
		} else {
			i = rest.length;
		}
		rest = rest.slice(i);
	}
	return (out + rest).replace(/\s+/g, ' ').replace(/\s+([,;.)])/g, '$1').trim();
}

/** One line of a citation list: a locator and every source cited there, each source once. */
export interface CitationGroup {
	locator: string;
	sources: SourceRef[];
}

/**
 * Citations as lines: each locator (as readers see it) once, in order of first use, with the sources that
 * cite it; a source cited twice at the same locator (once with a curator's note, once without) counts once.
 */
export function citationGroups(citations: CitationView[]): CitationGroup[] {
	const groups = new Map<string, CitationGroup>();
	for (const c of citations) {
		const locator = publicLocator(c.locator);
		const group = groups.get(locator) ?? groups.set(locator, { locator, sources: [] }).get(locator)!;
		if (!group.sources.some((s) => s.id === c.source.id)) group.sources.push(c.source);
	}
	return [...groups.values()];
}
