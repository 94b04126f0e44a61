/**
 * The arenas of the story, drawn as horizontal lanes, and how events are packed into rows within them.
 * Pure functions, unit-tested.
 */
/** A lane as `data/site.json` defines it: an id, a label and the kinds of event drawn in it. */
export interface LaneSpec {
	id: string;
	label: string;
	kinds: readonly string[];
}

/** The lane each kind belongs in, from the site's lanes. */
export function laneIndex(lanes: readonly Pick<LaneSpec, 'id' | 'kinds'>[]): (kind: string) => string {
	const byKind = new Map(lanes.flatMap((l) => l.kinds.map((k) => [k, l.id] as const)));
	const fallback = lanes.at(-1)?.id ?? 'other';
	return (kind) => byKind.get(kind) ?? fallback;
}

export interface Interval {
	/** Left and right edges in pixels. */
	x0: number;
	x1: number;
}

/**
 * Greedy interval packing: each item goes in the first row where it does not overlap the previous item
 * by less than `gap` pixels. Items must be sorted by `x0`. Rows beyond `maxRows` fold into the last row.
 * Returns the row of each item, in input order, and the number of rows used.
 */
export function packRows(items: Interval[], gap = 4, maxRows = 4): { rows: number[]; count: number } {
	const ends: number[] = [];
	const rows = new Array<number>(items.length);
	for (let i = 0; i < items.length; i++) {
		const { x0, x1 } = items[i];
		let row = ends.findIndex((end) => x0 >= end + gap);
		if (row === -1) {
			if (ends.length < maxRows) row = ends.push(-Infinity) - 1;
			else row = ends.indexOf(Math.min(...ends));
		}
		ends[row] = Math.max(ends[row], x1);
		rows[i] = row;
	}
	return { rows, count: Math.max(1, ends.length) };
}
