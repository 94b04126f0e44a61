/**
 * Label layout for the timeline: labels never overlap one another, a mark or a bar. Each mark's label goes
 * on the mark's own row, to its right or, where the right has less room, to its left, measured with the
 * glyph widths of the chart's font; a label with no room is hidden, and hidden marks that sit close together
 * are gathered into clusters with a count. Pinned marks (the selected event) are placed first, in full, and
 * never covered by a badge. Pure and unit-tested.
 */
export interface LabelCandidate {
	id: string;
	text: string;
	/** Left edge of the mark, in pixels. */
	x: number;
	/** Right edge of the mark (a bar's end; the left edge for a point). */
	x1?: number;
	/** The row's vertical position; labels only collide on the same `y`. */
	y: number;
	/** Higher goes first. */
	priority: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** Where the text starts. */
	x: number;
	y: number;
	width: number;
	/** Which side of its mark the label is on. */
	side: 'right' | 'left';
}

export interface Cluster {
	/** Where the badge is drawn (its left edge). */
	x: number;
	y: number;
	ids: string[];
}

/**
 * Advance widths of the chart's sans-serif at 12 px (DejaVu Sans, as measured in Chromium; the widest of
 * the common system fonts, so a label measured here fits wherever it is drawn). Unlisted glyphs: 7.4 px.
 */
const GLYPHS: Record<string, string> = {
	'3.3': "'", '3.33': 'ijl', '3.54': 'IJ', '3.81': ' .,’', '4.04': ';:/', '4.22': 'f', '4.33': '-', '4.68': '()[]', '4.71': 't', '4.93': 'r',
	'5.52': '"', '6': '–', '6.25': 's', '6.3': 'z', '6.6': 'c', '6.69': 'L', '6.9': 'F', '6.95': 'k', '7.1': 'vxy', '7.24': 'P', '7.33': 'TY',
	'7.34': 'o', '7.35': 'a', '7.38': 'eéè', '7.58': 'E', '7.61': 'hnu', '7.62': 'bdgpqS', '7.63': '0123456789', '7.87': 'K', '8.21': 'AV',
	'8.22': 'XZ', '8.23': 'B', '8.34': 'R', '8.38': 'C', '8.78': 'U', '8.98': 'N', '9.02': 'H', '9.24': 'D', '9.3': 'G', '9.36': '&',
	'9.45': 'OQ', '9.81': 'w', '10.05': '+', '10.35': 'M', '11.69': 'm', '11.87': 'W', '12': '—…'
};
const widths = new Map<string, number>(Object.entries(GLYPHS).flatMap(([w, chars]) => [...chars].map((c) => [c, Number(w)] as [string, number])));
const ELLIPSIS = 12;

/** The rendered width of a label at `size` px. */
export function textWidth(text: string, size = 12): number {
	let w = 0;
	for (const c of text) w += widths.get(c) ?? 7.4;
	return Math.ceil((w * size) / 12);
}

/** Shortens a label to fit `maxWidth`, at a word boundary where one is near, ending in an ellipsis. */
export function truncate(text: string, maxWidth: number, size = 12): string {
	if (textWidth(text, size) <= maxWidth) return text;
	const budget = (maxWidth * 12) / size - ELLIPSIS;
	let w = 0;
	let end = 0;
	for (const c of text) {
		w += widths.get(c) ?? 7.4;
		if (w > budget) break;
		end += c.length;
	}
	if (end < 2) return '';
	const cut = text.slice(0, end);
	const space = cut.lastIndexOf(' ');
	return (space > end * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

export interface LayoutOptions {
	/** Space between a mark and its label. */
	offset?: number;
	/** Minimum space between a label and anything else on its row. */
	gap?: number;
	/** Visible width: labels stay inside it, and marks outside it get none. */
	width: number;
	/** Longest label, in pixels, before truncation (pinned labels may be twice as long). */
	maxLabelWidth?: number;
	/** Hidden marks closer than this (pixels) join one cluster. */
	clusterGap?: number;
	/** Marks whose label is placed first and in full (the selected event). */
	pinned?: ReadonlySet<string>;
	/** The labels' font size in pixels (12 unless given). */
	size?: number;
}

/** Half the width a point mark occupies. */
const MARK = 6;

/**
 * Places labels so that none overlaps another label, a mark or a cluster badge. Pass 1 finds the marks that
 * cannot be labelled and groups the nearby ones into clusters; pass 2 reserves room for each cluster's "+N"
 * badge first (moved clear of pinned marks), then places the labels around badges and marks.
 */
export function layoutLabels(candidates: LabelCandidate[], opts: LayoutOptions): { labels: PlacedLabel[]; clusters: Cluster[] } {
	const pinned = opts.pinned ?? new Set<string>();
	const order = [...candidates].sort((a, b) => Number(pinned.has(b.id)) - Number(pinned.has(a.id)) || b.priority - a.priority || a.x - b.x);
	const rows = markRows(candidates);
	const first = place(order, rows, opts, []);
	const clusters = cluster(first.hidden.filter((h) => !pinned.has(h.id)), opts.clusterGap ?? 14);
	const pinnedSpans = first.labels.filter((l) => pinned.has(l.id));
	for (const c of clusters) {
		// A badge never covers a pinned mark or its label: it moves past them.
		for (const p of [...candidates.filter((k) => pinned.has(k.id) && k.y === c.y).map((k) => ({ a: k.x - MARK, b: (k.x1 ?? k.x) + MARK })), ...pinnedSpans.filter((l) => l.y === c.y).map((l) => ({ a: l.x, b: l.x + l.width }))])
			if (c.x < p.b + 2 && c.x + badgeWidth(c.ids.length) > p.a - 2) c.x = p.b + 8;
	}
	const badges = clusters.map((c) => ({ y: c.y, span: [c.x, c.x + badgeWidth(c.ids.length)] as [number, number] }));
	const second = place(order, rows, opts, badges);
	// Marks hidden only in the second pass join the cluster before them on their row, if any; a lone one stays unlabelled.
	const clustered = new Set(clusters.flatMap((c) => c.ids));
	const byRow = new Map<number, Cluster[]>();
	for (const c of clusters) byRow.set(c.y, [...(byRow.get(c.y) ?? []), c]);
	for (const h of second.hidden) {
		if (clustered.has(h.id) || pinned.has(h.id)) continue;
		const before = (byRow.get(h.y) ?? []).filter((c) => c.x <= h.x + MARK).at(-1);
		before?.ids.push(h.id);
	}
	return { labels: second.labels, clusters: clusters.sort((a, b) => a.y - b.y || a.x - b.x) };
}

/** The width of a cluster's "+N" badge. */
export function badgeWidth(n: number): number {
	return String(n).length * 7 + 14;
}

type Span = [number, number];

/** The marks of each row as sorted, non-overlapping spans (rows are packed so that their marks don't overlap). */
function markRows(candidates: LabelCandidate[]): Map<number, Span[]> {
	const rows = new Map<number, Span[]>();
	for (const c of candidates) {
		const span: Span = [c.x - MARK, (c.x1 ?? c.x) + MARK];
		const row = rows.get(c.y);
		if (row) row.push(span);
		else rows.set(c.y, [span]);
	}
	for (const row of rows.values()) row.sort((a, b) => a[0] - b[0]);
	return rows;
}

/** The free stretch of a row around `x`, between the marks and spans already taken: [lo, hi]. */
function freeAround(marks: Span[], taken: Span[], x: number): Span {
	let lo = -Infinity;
	let hi = Infinity;
	// The first mark starting after x, by binary search; the one before it bounds the left.
	let a = 0;
	let b = marks.length;
	while (a < b) {
		const mid = (a + b) >> 1;
		if (marks[mid][0] > x) b = mid;
		else a = mid + 1;
	}
	if (a < marks.length) hi = marks[a][0];
	if (a > 0) {
		// x is on a mark: no room at all.
		if (marks[a - 1][1] > x) return [x, x];
		lo = marks[a - 1][1];
	}
	for (const [s, e] of taken) {
		if (s > x) hi = Math.min(hi, s);
		else if (e < x) lo = Math.max(lo, e);
		else return [x, x];
	}
	return [lo, hi];
}

/** Places labels for candidates already in priority order. */
function place(order: LabelCandidate[], rows: Map<number, Span[]>, opts: LayoutOptions, badges: { y: number; span: Span }[]) {
	const { offset = 4, gap = 6, width, maxLabelWidth = 240, pinned, size = 12 } = opts;
	const taken = new Map<number, Span[]>();
	const take = (y: number, span: Span) => {
		const row = taken.get(y);
		if (row) row.push(span);
		else taken.set(y, [span]);
	};
	for (const b of badges) take(b.y, b.span);
	const labels: PlacedLabel[] = [];
	const hidden: LabelCandidate[] = [];
	const minWidth = 48;
	for (const c of order) {
		const x1 = c.x1 ?? c.x;
		if (x1 < -MARK || c.x > width) continue;
		const pin = !!pinned?.has(c.id);
		// A pinned label is drawn over the other marks of its row (its halo keeps it legible), so only edges and badges bound it.
		const marks = pin ? [] : rows.get(c.y)!;
		const spans = taken.get(c.y) ?? [];
		const max = pin ? maxLabelWidth * 2 : maxLabelWidth;
		const full = textWidth(c.text, size);
		// Right: from just past the mark to the next obstacle or the edge.
		const rStart = x1 + MARK + offset;
		const [, rHi] = freeAround(marks, spans, rStart);
		const rRoom = Math.min(rStart + max, width, rHi - gap) - rStart;
		// Left: from the previous obstacle (or the edge) to just before the mark.
		const lEnd = c.x - MARK - offset;
		const [lLo] = freeAround(marks, spans, lEnd);
		const lRoom = lEnd - Math.max(0, lLo + gap, lEnd - max);
		// The side where it fits whole, the right first; else the roomier side.
		const side = full <= rRoom ? 'right' : full <= lRoom ? 'left' : rRoom >= lRoom ? 'right' : 'left';
		const room = side === 'right' ? rRoom : lRoom;
		if (room < minWidth) {
			hidden.push(c);
			continue;
		}
		const text = truncate(c.text, room, size);
		// A stub ("Beaco…") says nothing: a label keeps a dozen characters or the mark stays unlabelled (its preview names it).
		if (text.length < Math.min(c.text.length, 13)) {
			hidden.push(c);
			continue;
		}
		const w = textWidth(text, size);
		const x = side === 'right' ? rStart : lEnd - w;
		take(c.y, [x, x + w]);
		labels.push({ id: c.id, text, x, y: c.y, width: w, side });
	}
	return { labels, hidden };
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
			if (group.length > 1) out.push({ x: (group[0].x1 ?? group[0].x) + MARK, y, ids: group.map((g) => g.id) });
			group = [];
		};
		for (const item of items) {
			if (group.length && item.x - (group.at(-1)!.x1 ?? group.at(-1)!.x) > gapPx) flush();
			group.push(item);
		}
		flush();
	}
	return out.sort((a, b) => a.y - b.y || a.x - b.x);
}
