/**
 * The timeline view: the one owner of everything a reader can change — filters, selection, the visible
 * span (as dates: the single truth), trace, the era's or lane's links shown, search text, chart or list. Derived values
 * (matching events, facet counts, the chain traced) are computed here, once. Outside sources — the URL,
 * another window, a lesson step — subscribe with `attach`, and read and write through the same methods.
 */
import { decodeQuery, emptyQuery, encodeQuery, encodeSpan, eraWindow, facetKeys, type FacetKey, type Span, type LinkScope, type TimelineQuery, type View, type Vocabulary } from './query';
import { laneIndex } from '$lib/timeline/lanes';
import { periodStart } from '$lib/graph/dates';
import { FacetIndex, isFiltered, matches, type FilterableEvent } from '$lib/timeline/filter';
import { precedents } from '$lib/timeline/layout';
import { clampWindow, extentOf } from '$lib/timeline/scales';
import { revealSpan } from '$lib/timeline/interaction';
import type { LinkTypeId } from '$lib/graph/vocab';

export interface ViewLink {
	from: string;
	to: string;
	type: LinkTypeId;
}

const same = (a: Span, b: Span) => a[0].getTime() === b[0].getTime() && a[1].getTime() === b[1].getTime();

/** What changed last: a subscriber may treat a change of the window (a gesture) differently from others. */
export type ChangeKind = 'span' | 'search' | 'other';

/** A subscriber: attached once, it returns its own clean-up. */
export type ViewSubscriber<E extends FilterableEvent> = (view: TimelineView<E>) => () => void;

export class TimelineView<E extends FilterableEvent = FilterableEvent> {
	readonly events: E[];
	readonly links: ViewLink[];
	readonly vocabulary: Vocabulary;
	query = $state<TimelineQuery>(emptyQuery());
	/** Quiet notices about URL values that were ignored. */
	ignored = $state<string[]>([]);
	/** The kind of the last change, for subscribers that write history. */
	lastChange: ChangeKind = 'other';

	/** The filters as bitsets over `events`: a change of filter is a few word operations, not a pass over every event. */
	private readonly index: FacetIndex<E>;
	/** The lane each kind of event is drawn in. */
	private readonly laneOf: (kind: string) => string;

	constructor(events: E[], links: ViewLink[], vocabulary: Vocabulary) {
		this.events = events;
		this.index = new FacetIndex(events);
		this.laneOf = laneIndex(vocabulary.lanes);
		this.links = links;
		this.vocabulary = vocabulary;
	}

	/** The visible window: the URL's, or the initial one. */
	span = $derived.by<Span>(() => this.query.span ?? this.vocabulary.initial);
	/** Events that pass the filters, in time order. */
	matching = $derived.by(() => this.index.matching(this.query));
	matchingIds = $derived(new Set(this.matching.map((e) => e.id)));
	filtered = $derived(isFiltered(this.query));
	/** Events drawn: the matching ones, or all of them (the others faded) when `faded` is on. */
	shown = $derived.by(() => (this.query.faded ? this.events : this.matching));
	selected = $derived.by(() => (this.query.event ? this.events.find((e) => e.id === this.query.event) : undefined));
	/** The selected event's chain of precedents, when traced. */
	chain = $derived.by(() => (this.query.trace && this.query.event ? precedents(this.query.event, this.links) : undefined));
	/** The essay whose events are highlighted, and those events. */
	essay = $derived.by(() => (this.query.essay ? this.vocabulary.essays.get(this.query.essay) : undefined));
	highlighted = $derived(this.essay ? new Set(this.essay.events) : undefined);
	/**
	 * The links of the era or lane chosen (`query.links`), between shown events and in time order: both ends
	 * start within the era, or are drawn in the lane. Undefined when none is chosen.
	 */
	scoped = $derived.by(() => {
		const scope = this.query.links;
		if (!scope) return undefined;
		const order = new Map(this.shown.map((e, i) => [e.id, i]));
		const byId = new Map(this.shown.map((e) => [e.id, e]));
		const era = scope.type === 'era' ? this.vocabulary.eras.get(scope.id) : undefined;
		const inScope = (e: E) => (era ? era[0] <= periodStart(e.start) && periodStart(e.start) < era[1] : this.laneOf(e.kind) === scope.id);
		const first = (l: ViewLink) => Math.min(order.get(l.from)!, order.get(l.to)!);
		return this.links.filter((l) => byId.has(l.from) && byId.has(l.to) && inScope(byId.get(l.from)!) && inScope(byId.get(l.to)!)).sort((a, b) => first(a) - first(b));
	});
	/** The links drawn as arcs: between shown events, the selected event's and its traced chain's, and the chosen era's or lane's. */
	arcs = $derived.by(() => {
		const shown = new Set(this.shown.map((e) => e.id));
		const sel = this.query.event;
		const chain = this.chain;
		const both = (l: ViewLink) => shown.has(l.from) && shown.has(l.to);
		const inChain = (id: string) => id === sel || !!chain?.has(id);
		const own = sel ? this.links.filter((l) => both(l) && (l.from === sel || l.to === sel || (!!chain && inChain(l.from) && inChain(l.to)))) : [];
		return [...new Set([...own, ...(this.scoped ?? [])])];
	});

	/** For each facet, how many events each value would match under the other filters. */
	facetCounts = $derived.by(() => {
		const counts = {} as Record<FacetKey, Map<string, number>>;
		for (const key of facetKeys) counts[key] = this.index.counts(this.query, key);
		return counts;
	});

	/** The query string of the current state ('' for the default). */
	get search(): string {
		return encodeQuery(this.query);
	}

	/** Replaces the whole state from a query string (a link, back/forward, another window, a lesson step). */
	fromParams(params: URLSearchParams) {
		const { query, ignored } = decodeQuery(params, this.vocabulary);
		// The URL rounds the window to months or days: where it names the window shown, keep the exact one.
		if (encodeSpan(query.span ?? this.vocabulary.initial) === encodeSpan(this.span)) query.span = this.query.span ?? query.span;
		this.lastChange = 'other';
		this.query = query;
		this.ignored = ignored;
	}

	/** Attaches an outside source of state; returns the function that detaches it. */
	attach(subscriber: ViewSubscriber<E>): () => void {
		return subscriber(this);
	}

	private change(kind: ChangeKind, f: () => void) {
		this.lastChange = kind;
		f();
	}

	toggle(key: FacetKey, value: string) {
		this.change('other', () => {
			const values = this.query[key];
			this.query[key] = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
			this.deselectHidden();
		});
	}

	/** Filters by years, and shows those years (the whole extent again when both are cleared). */
	setYears(from: number | undefined, to: number | undefined) {
		this.change('other', () => {
			this.query.from = from;
			this.query.to = to;
			this.deselectHidden();
			const [f0, f1] = this.vocabulary.full;
			const a = from === undefined ? f0 : new Date(Date.UTC(from, 0, 1));
			const b = to === undefined ? f1 : new Date(Date.UTC(to + 1, 0, 1));
			const window = clampWindow([a, b], this.vocabulary.full);
			this.query.span = from === undefined && to === undefined ? undefined : window;
		});
	}

	clearFilters() {
		this.change('other', () => {
			const { event, trace, links, essay, span, q, view, faded } = this.query;
			this.query = { ...emptyQuery(), event, trace, links, essay, span, q, view, faded };
		});
	}

	select(id: string | undefined) {
		this.change('other', () => {
			this.query.event = id;
			if (!id) this.query.trace = false;
		});
	}

	/** Shows a window (clamped to the extent); the default window is kept out of the URL. */
	setSpan(span: Span) {
		const next = clampWindow(span, this.vocabulary.full);
		if (same(next, this.span)) return;
		this.change('span', () => (this.query.span = this.spanParam(next)));
	}

	/** A window as the query keeps it: undefined for the initial one, except beside an era's links (see query.ts). */
	private spanParam(window: Span): Span | undefined {
		return same(window, this.vocabulary.initial) && this.query.links?.type !== 'era' ? undefined : window;
	}

	/** Moves the window, keeping its width, so that an event is on screen (in the part `clear` of the window left uncovered). */
	reveal(id: string, clear = 1) {
		const e = this.events.find((x) => x.id === id);
		if (e) this.setSpan(revealSpan(this.span, extentOf(e), clear));
	}

	/** Highlights an essay's events (undefined: none). */
	setEssay(slug: string | undefined) {
		this.change('other', () => (this.query.essay = slug));
	}

	setTrace(on: boolean) {
		this.change('other', () => (this.query.trace = on && !!this.query.event));
	}

	/**
	 * Lists and draws an era's or a lane's links (undefined: the open event's only). With `showEra`, an era's
	 * links come with a window on the era (within the extent), in the same change: one history entry.
	 */
	setLinks(links: LinkScope | undefined, showEra = false) {
		const era = showEra && links?.type === 'era' ? eraWindow(links.id, this.vocabulary) : undefined;
		this.change('other', () => {
			this.query.links = links;
			// The window stays as it is, but is written beside an era's links (and dropped again without them).
			if (!era) return void (this.query.span = this.spanParam(this.span));
			this.query.span = this.spanParam(clampWindow(era, this.vocabulary.full));
		});
	}

	setView(view: View | undefined) {
		this.change('other', () => (this.query.view = view === 'chart' ? undefined : view));
	}

	setFaded(faded: boolean) {
		this.change('other', () => {
			this.query.faded = faded;
			this.deselectHidden();
		});
	}

	setSearch(q: string) {
		this.change('search', () => (this.query.q = q));
	}

	/** A selected event hidden by new filters is deselected, unless hidden events are shown faded. */
	private deselectHidden() {
		const id = this.query.event;
		if (id && !this.query.faded && !this.events.some((e) => e.id === id && matches(e, this.query))) {
			this.query.event = undefined;
			this.query.trace = false;
		}
	}
}
