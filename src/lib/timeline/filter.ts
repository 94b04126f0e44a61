/**
 * Faceted filtering of timeline events: which events match the current filters, and how many events each
 * facet value would match under the other filters (the counts shown beside each value).
 */
import type { FacetKey, TimelineQuery } from '$lib/state/query';
import { yearOf } from '$lib/graph/dates';

export interface FilterableEvent {
	id: string;
	start: string;
	end?: string;
	kind: string;
	actors: string[];
	countries: string[];
	themes: string[];
}

const valuesOf = (e: FilterableEvent, key: FacetKey): string[] =>
	key === 'actor' ? e.actors : key === 'country' ? e.countries : key === 'theme' ? e.themes : [e.kind];

/** Whether `e` passes every filter except `skip`. Values within a facet are alternatives (OR); facets combine (AND). */
export function matches(e: FilterableEvent, q: TimelineQuery, skip?: FacetKey | 'years'): boolean {
	for (const key of ['actor', 'country', 'kind', 'theme'] as const) {
		if (key === skip || !q[key].length) continue;
		const values = valuesOf(e, key);
		if (!q[key].some((v) => values.includes(v))) return false;
	}
	if (skip !== 'years') {
		const y0 = yearOf(e.start);
		const y1 = yearOf(e.end ?? e.start);
		if (q.from !== undefined && y1 < q.from) return false;
		if (q.to !== undefined && y0 > q.to) return false;
	}
	return true;
}

export function isFiltered(q: TimelineQuery): boolean {
	return !!(q.actor.length || q.country.length || q.kind.length || q.theme.length || q.from !== undefined || q.to !== undefined);
}

/** For one facet, the number of events each value matches when that facet's own selection is set aside. */
export function facetCounts(events: FilterableEvent[], q: TimelineQuery, key: FacetKey): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events) {
		if (!matches(e, q, key)) continue;
		for (const v of new Set(valuesOf(e, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return counts;
}
