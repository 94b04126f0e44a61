/**
 * The timeline's state: filters, selection, search text and view, mirrored to the URL through the one
 * codec in `query.ts`. Derived values (visible events, facet counts) are computed here, once.
 */
import { decodeQuery, emptyQuery, encodeQuery, facetKeys, type FacetKey, type TimelineQuery, type View, type Vocabulary } from './query';
import { facetCounts, isFiltered, matches } from '$lib/timeline/filter';
import type { TimelineEventData } from '$lib/timeline/data';

export class TimelineState {
	query = $state<TimelineQuery>(emptyQuery());
	/** Quiet notices about URL values that were ignored. */
	ignored = $state<string[]>([]);

	constructor(
		readonly events: TimelineEventData[],
		readonly vocabulary: Vocabulary
	) {}

	/** Events that pass the filters, in time order. */
	matching = $derived.by(() => this.events.filter((e) => matches(e, this.query)));
	matchingIds = $derived(new Set(this.matching.map((e) => e.id)));
	filtered = $derived(isFiltered(this.query));
	/** Events drawn: the matching ones, or all of them (the others faded) when `faded` is on. */
	shown = $derived.by(() => (this.query.faded ? this.events : this.matching));
	selected = $derived.by(() => (this.query.event ? this.events.find((e) => e.id === this.query.event) : undefined));

	/** For each facet, how many events each value would match under the other filters. */
	facetCounts = $derived.by(() => {
		const counts = {} as Record<FacetKey, Map<string, number>>;
		for (const key of facetKeys) counts[key] = facetCounts(this.events, this.query, key);
		return counts;
	});

	/** Replaces the state from a URL's query string. */
	fromParams(params: URLSearchParams) {
		const { query, ignored } = decodeQuery(params, this.vocabulary);
		this.query = query;
		this.ignored = ignored;
	}

	/** The query string of the current state ('' for the default). */
	get search(): string {
		return encodeQuery(this.query);
	}

	toggle(key: FacetKey, value: string) {
		const values = this.query[key];
		this.query[key] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
		this.deselectHidden();
	}

	setYears(from: number | undefined, to: number | undefined) {
		this.query.from = from;
		this.query.to = to;
		this.deselectHidden();
	}

	clearFilters() {
		this.query = { ...emptyQuery(), event: this.query.event, q: this.query.q, view: this.query.view, faded: this.query.faded };
	}

	select(id: string | undefined) {
		this.query.event = id;
	}

	setView(view: View | undefined) {
		this.query.view = view;
	}

	setFaded(faded: boolean) {
		this.query.faded = faded;
	}

	setSearch(q: string) {
		this.query.q = q;
	}

	/** A selected event hidden by new filters is deselected, unless hidden events are shown faded. */
	private deselectHidden() {
		if (this.query.event && !this.query.faded && !this.events.some((e) => e.id === this.query.event && matches(e, this.query)))
			this.query.event = undefined;
	}
}
