/**
 * Label layout for the timeline: labels never overlap. Each mark's label sits to the right of it on the
 * mark's own row; a label that would collide with one already placed is hidden, and the hidden marks that
 * sit close together are gathered into clusters with a count. Pure and unit-tested.
 */
export interface LabelCandidate {
	id: string;
	text: string;
	/** Left edge of the mark, in pixels. */
	x: number;
	/** The row's vertical position; labels only collide on the same `y`. */
	y: number;
	/** Higher goes first. */
	priority: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	width: number;
}

export interface Cluster {
	x: number;
	y: number;
	ids: string[];
}

/** Approximate rendered width of a label (an average glyph width suits a system sans-serif at 12px). */
export function textWidth(text: string, charWidth = 6.6): number {
	return Math.ceil(text.length * charWidth);
}

/** Shortens a label to fit `maxWidth`, ending in an ellipsis. */
export function truncate(text: string, maxWidth: number, charWidth = 6.6): string {
	const max = Math.floor(maxWidth / charWidth);
	return text.length <= max ? text : max <= 1 ? '' : text.slice(0, max - 1).trimEnd() + '…';
}

export interface LayoutOptions {
	/** Space between a mark's left edge and its label. */
	offset?: number;
	/** Minimum space between two labels, or a label and a badge, on a row. */
	gap?: number;
	/** Visible width: labels are clipped to it, and marks outside it get none. */
	width: number;
	/** Longest label, in pixels, before truncation. */
	maxLabelWidth?: number;
	/** Hidden marks closer than this (pixels) join one cluster. */
	clusterGap?: number;
	charWidth?: number;
}

/**
 * Places labels so that none overlaps another label, another mark on its row, or a cluster badge.
 * Pass 1 finds the marks that cannot be labelled and groups the nearby ones into clusters; pass 2 reserves
 * room for each cluster's "+N" badge first, then places the labels around badges and marks.
 */
export function layoutLabels(candidates: LabelCandidate[], opts: LayoutOptions): { labels: PlacedLabel[]; clusters: Cluster[] } {
	const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
	const first = place(order, opts, []);
	const clusters = cluster(first.hidden, opts.clusterGap ?? 14);
	const badges = clusters.map((c) => ({ y: c.y, span: [c.x + 6, c.x + 6 + badgeWidth(c.ids.length)] as [number, number] }));
	const second = place(order, opts, badges);
	// Marks hidden only in the second pass join the cluster before them on their row, if any; a lone one stays unlabelled.
	const clustered = new Set(clusters.flatMap((c) => c.ids));
	const byRow = new Map<number, Cluster[]>();
	for (const c of clusters) byRow.set(c.y, [...(byRow.get(c.y) ?? []), c]);
	for (const h of second.hidden) {
		if (clustered.has(h.id)) continue;
		const row = byRow.get(h.y);
		if (!row) continue;
		let lo = 0;
		let hi = row.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (row[mid].x <= h.x) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) row[lo - 1].ids.push(h.id);
	}
	return { labels: second.labels, clusters: clusters.sort((a, b) => a.y - b.y || a.x - b.x) };
}

/** The width of a cluster's "+N" badge. */
export function badgeWidth(n: number): number {
	return String(n).length * 7 + 14;
}

/** Places labels for candidates already in priority order. */
function place(order: LabelCandidate[], opts: LayoutOptions, badges: { y: number; span: [number, number] }[]) {
	const { offset = 8, gap = 6, width, maxLabelWidth = 220, charWidth = 6.6 } = opts;
	const taken = new Map<number, [number, number][]>();
	const take = (y: number, span: [number, number]) => {
		const row = taken.get(y);
		if (row) row.push(span);
		else taken.set(y, [span]);
	};
	for (const b of badges) take(b.y, b.span);
	// Every mark is an obstacle to the labels of the others on its row: their x, sorted, per row.
	const marks = new Map<number, number[]>();
	for (const c of order) {
		const row = marks.get(c.y);
		if (row) row.push(c.x);
		else marks.set(c.y, [c.x]);
	}
	for (const row of marks.values()) row.sort((a, b) => a - b);

	const labels: PlacedLabel[] = [];
	const hidden: LabelCandidate[] = [];
	const minWidth = 6 * charWidth;
	for (const c of order) {
		if (c.x < -offset || c.x > width) continue;
		const x = c.x + offset;
		// Room runs to the next mark on the row, the maximum label width, or the edge.
		const nextMark = firstAfter(marks.get(c.y)!, c.x + 1) - 7;
		const room = Math.min(maxLabelWidth, width - x, nextMark - x);
		// In dense views most marks have no room at all: decide that before any string work.
		if (room < minWidth) {
			hidden.push(c);
			continue;
		}
		const text = truncate(c.text, room, charWidth);
		const w = textWidth(text, charWidth);
		const spans = taken.get(c.y) ?? [];
		if (text.length < 6 || spans.some(([a, b]) => x < b + gap && x + w > a - gap)) {
			hidden.push(c);
			continue;
		}
		take(c.y, [x, x + w]);
		labels.push({ id: c.id, text, x, y: c.y, width: w });
	}
	return { labels, hidden };
}
/** The first value in sorted `xs` greater than `x` (Infinity if none): a binary search. */
function firstAfter(xs: number[], x: number): number {
	let lo = 0;
	let hi = xs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (xs[mid] > x) hi = mid;
		else lo = mid + 1;
	}
	return lo < xs.length ? xs[lo] : Infinity;
}

/** Groups hidden marks on the same row that lie within `gapPx` of each other. Only groups of two or more count. */
function cluster(hidden: LabelCandidate[], gapPx: number): Cluster[] {
	const rows = new Map<number, LabelCandidate[]>();
	for (const h of hidden) {
		const row = rows.get(h.y);
		if (row) row.push(h);
		else rows.set(h.y, [h]);
	}
	const out: Cluster[] = [];
	for (const [y, items] of rows) {
		items.sort((a, b) => a.x - b.x);
		let group: LabelCandidate[] = [];
		const flush = () => {
			if (group.length > 1) out.push({ x: group[0].x, y, ids: group.map((g) => g.id) });
			group = [];
		};
		for (const item of items) {
			if (group.length && item.x - group.at(-1)!.x > gapPx) flush();
			group.push(item);
		}
		flush();
	}
	return out.sort((a, b) => a.y - b.y || a.x - b.x);
}
