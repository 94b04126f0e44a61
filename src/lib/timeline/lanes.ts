/**
 * The arenas of the story, drawn as horizontal lanes, and how events are packed into rows within them.
 * Pure functions, unit-tested.
 */
import type { EventKindId } from '$lib/graph/vocab';

export const lanes = [
	{ id: 'congresses', label: 'UN Crime Congresses' },
	{ id: 'commission', label: 'Crime Committee & CCPCJ' },
	{ id: 'assembly', label: 'General Assembly' },
	{ id: 'negotiation', label: 'Conferences & Ad Hoc Committee' },
	{ id: 'treaty', label: 'Treaty, parties & review' },
	{ id: 'states', label: 'States & leaders' },
	{ id: 'context', label: 'Context' }
] as const;

export type LaneId = (typeof lanes)[number]['id'];

const byKind: Record<EventKindId, LaneId> = {
	'crime-congress': 'congresses',
	'commission-session': 'commission',
	institutional: 'commission',
	'ga-resolution': 'assembly',
	'ministerial-conference': 'negotiation',
	'regional-workshop': 'negotiation',
	'expert-meeting': 'negotiation',
	'committee-session': 'negotiation',
	'signing-conference': 'negotiation',
	'treaty-action': 'treaty',
	'entry-into-force': 'treaty',
	'cop-session': 'treaty',
	'national-policy': 'states',
	statement: 'states',
	publication: 'context',
	context: 'context'
};

/** The lane an event belongs in, from its kind. */
export function laneOf(kind: EventKindId): LaneId {
	return byKind[kind];
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
