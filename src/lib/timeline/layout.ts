/**
 * Puts events on the timeline at a given scale: which lane and row each mark is in, where it starts and
 * ends in pixels, how tall each lane is, where the labels go, and the arcs between linked events.
 * Pure: the components only map the result to SVG attributes.
 */
import type { LinkTypeId } from '$lib/graph/vocab';
import { extentOf, type TimeScale } from './scales';
import { packRows, type LaneSpec } from './lanes';
import { layoutLabels, type Cluster, type LabelCandidate, type PlacedLabel } from './labels';

export interface TimelineEvent {
	id: string;
	title: string;
	start: string;
	end?: string;
	kind: string;
	/** Higher-priority events get their label first (e.g. the number of links). */
	weight?: number;
}

export interface PlacedMark {
	id: string;
	lane: string;
	row: number;
	x0: number;
	/** Right edge: equal to x0 plus the point width for events without an end. */
	x1: number;
	/** Vertical centre of the mark's row. */
	y: number;
	/** Bars are events with an end that spans more than a few pixels. */
	bar: boolean;
}

export interface PlacedLane {
	id: string;
	label: string;
	y: number;
	height: number;
}

export interface TimelineLayout {
	marks: PlacedMark[];
	lanes: PlacedLane[];
	labels: PlacedLabel[];
	clusters: Cluster[];
	height: number;
}

export interface LayoutOptions {
	width: number;
	/** The lanes, top to bottom. */
	lanes: readonly LaneSpec[];
	rowHeight?: number;
	/** Space above a lane's rows, for its name. */
	laneHeader?: number;
	lanePadding?: number;
	maxRows?: number;
	/** Pixel width a point occupies for packing (its label's start). */
	pointWidth?: number;
	/** Events whose label is placed first and in full (the selected one). */
	pinned?: ReadonlySet<string>;
	/** The labels' font size in pixels. */
	labelSize?: number;
}

/** An event reduced to what layout needs, computed once per set of events (not on every zoom frame). */
export interface PreparedEvent {
	id: string;
	title: string;
	lane: string;
	/** Start and end of the event's period, in ms since the epoch. */
	t0: number;
	t1: number;
	hasEnd: boolean;
	weight: number;
}

/** Prepares events (sorted by start) for layout: their lane and the numeric span of their period. */
export function prepare(events: TimelineEvent[], laneOf: (kind: string) => string): PreparedEvent[] {
	return events.map((e) => {
		let p = prepared.get(e);
		if (!p) {
			const [a, b] = extentOf(e);
			p = { id: e.id, title: e.title, lane: laneOf(e.kind), t0: a.getTime(), t1: b.getTime(), hasEnd: e.end !== undefined, weight: e.weight ?? 0 };
			prepared.set(e, p);
		}
		return p;
	});
}
/** Each event object is prepared once, however often the filters change the set. */
const prepared = new WeakMap<TimelineEvent, PreparedEvent>();

/** Lays out prepared events (sorted by start) at `scale`. Empty lanes are kept, so the lanes never jump. */
export function layoutTimeline(events: PreparedEvent[], scale: TimeScale, opts: LayoutOptions): TimelineLayout {
	const { width, lanes, rowHeight = 22, laneHeader = 16, lanePadding = 6, maxRows = 4, pointWidth = 12 } = opts;
	// The scale is linear in time: map with one multiply instead of calling it per event.
	const [d0, d1] = scale.domain().map(Number);
	const [r0, r1] = scale.range();
	const k = (r1 - r0) / (d1 - d0);
	const x = (t: number) => r0 + (t - d0) * k;

	const byLane = new Map<string, PreparedEvent[]>(lanes.map((l) => [l.id, []]));
	for (const e of events) byLane.get(e.lane)?.push(e);

	const marks: PlacedMark[] = [];
	const placedLanes: PlacedLane[] = [];
	const candidates: LabelCandidate[] = [];
	let y = 0;
	for (const lane of lanes) {
		const items = byLane.get(lane.id)!;
		const spans = items.map((e) => {
			const x0 = x(e.t0);
			const xEnd = x(e.t1);
			const bar = e.hasEnd && xEnd - x0 > 3;
			return { e, x0, x1: Math.max(bar ? xEnd : x0, x0 + pointWidth), bar };
		});
		const { rows, count } = packRows(spans, 2, maxRows);
		const height = laneHeader + count * rowHeight + lanePadding;
		spans.forEach((s, i) => {
			const my = y + laneHeader + rows[i] * rowHeight + rowHeight / 2;
			marks.push({ id: s.e.id, lane: lane.id, row: rows[i], x0: s.x0, x1: s.bar ? s.x1 : s.x0, y: my, bar: s.bar });
			// Only marks on screen compete for labels.
			if (s.x1 >= 0 && s.x0 <= width) candidates.push({ id: s.e.id, text: s.e.title, x: s.x0, x1: s.bar ? s.x1 : s.x0, y: my, priority: s.e.weight });
		});
		placedLanes.push({ id: lane.id, label: lane.label, y, height });
		y += height;
	}
	const { labels, clusters } = layoutLabels(candidates, { width, pinned: opts.pinned, size: opts.labelSize });
	return { marks, lanes: placedLanes, labels, clusters, height: y };
}

export interface Arc {
	from: string;
	to: string;
	type: LinkTypeId;
	d: string;
}

/**
 * Arcs between linked marks: a curve bowing upward, higher for longer spans, from the source mark to the
 * target. Links whose ends are both off screen are left out.
 */
export function arcs(links: { from: string; to: string; type: LinkTypeId }[], marks: Map<string, PlacedMark>, width: number): Arc[] {
	const out: Arc[] = [];
	for (const l of links) {
		const a = marks.get(l.from);
		const b = marks.get(l.to);
		if (!a || !b) continue;
		if ((a.x0 < 0 && b.x0 < 0) || (a.x0 > width && b.x0 > width)) continue;
		const dx = b.x0 - a.x0;
		const lift = Math.min(120, 16 + Math.abs(dx) * 0.25);
		const cx = a.x0 + dx / 2;
		const cy = Math.min(a.y, b.y) - lift;
		out.push({ ...l, d: `M${r(a.x0)},${r(a.y)} Q${r(cx)},${r(cy)} ${r(b.x0)},${r(b.y)}` });
	}
	return out;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The chain of precedents of an event: every event from which a path of `led-to` (forwards) or
 * `mandated-by`/`responds-to`/`part-of` (backwards) links reaches it.
 */
export function precedents(id: string, links: { from: string; to: string; type: LinkTypeId }[]): Set<string> {
	const earlier = new Map<string, string[]>();
	for (const l of links) {
		// Normalise every link to "a precedes b".
		const [a, b] = l.type === 'led-to' || l.type === 'context-for' ? [l.from, l.to] : [l.to, l.from];
		earlier.set(b, [...(earlier.get(b) ?? []), a]);
	}
	const seen = new Set<string>();
	const stack = [id];
	while (stack.length) for (const p of earlier.get(stack.pop()!) ?? []) if (!seen.has(p) && p !== id) seen.add(p), stack.push(p);
	return seen;
}
