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
	/** Minimum space between two labels on a row. */
	gap?: number;
	/** Visible width: labels are clipped to it, and marks outside it get none. */
	width: number;
	/** Longest label, in pixels, before truncation. */
	maxLabelWidth?: number;
	/** Hidden marks closer than this (pixels) join one cluster. */
	clusterGap?: number;
	charWidth?: number;
}

export function layoutLabels(candidates: LabelCandidate[], opts: LayoutOptions): { labels: PlacedLabel[]; clusters: Cluster[] } {
	const { offset = 8, gap = 8, width, maxLabelWidth = 220, clusterGap = 14, charWidth = 6.6 } = opts;
	const placedByRow = new Map<number, [number, number][]>();
	const labels: PlacedLabel[] = [];
	const hidden: LabelCandidate[] = [];
	const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
	for (const c of order) {
		if (c.x < -offset || c.x > width) continue;
		const x = c.x + offset;
		const room = Math.min(maxLabelWidth, width - x);
		const text = truncate(c.text, room, charWidth);
		const w = textWidth(text, charWidth);
		const taken = placedByRow.get(c.y) ?? [];
		const fits = text.length >= 4 && !taken.some(([a, b]) => x < b + gap && x + w > a - gap);
		if (!fits) {
			hidden.push(c);
			continue;
		}
		taken.push([x - offset, x + w]);
		placedByRow.set(c.y, taken);
		labels.push({ id: c.id, text, x, y: c.y, width: w });
	}
	return { labels, clusters: cluster(hidden, clusterGap) };
}

/** Groups hidden marks on the same row that lie within `gapPx` of each other. Only groups of two or more count. */
function cluster(hidden: LabelCandidate[], gapPx: number): Cluster[] {
	const rows = new Map<number, LabelCandidate[]>();
	for (const h of hidden) rows.set(h.y, [...(rows.get(h.y) ?? []), h]);
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
