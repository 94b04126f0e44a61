/**
 * The sources as a bibliography, written by citation-js: CSL-JSON (what `data/sources.json` already nearly
 * is; citation-js normalises it) and BibTeX, whose keys are our source ids so a citation can be traced back.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Source } from '../graph/schema.ts';

// BibTeX keys: our ids as they are (by default citation-js makes "Tennant2021Fulfilling" and drops hyphens).
Object.assign((plugins.config.get('@bibtex') as { format: Record<string, boolean> }).format, { useIdAsLabel: true, checkLabel: false });

/** The sources as CSL-JSON items, in the graph's order. */
export function cslItems(sources: Source[]): Record<string, unknown>[] {
	return new Cite(sources).format('data', { format: 'object' }) as Record<string, unknown>[];
}

export const sourcesCslJson = (sources: Source[]) => JSON.stringify(cslItems(sources), null, '\t');

/** The sources as BibTeX, one entry per source, keyed by its id. */
export function sourcesBibtex(sources: Source[]): string {
	return new Cite(sources).format('bibtex', { format: 'text' }) as string;
}
