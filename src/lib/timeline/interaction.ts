/**
 * The chart's behaviours as pure functions: what a key does, which mark a pointer on the canvas picks, where
 * the eras fall, how an animated window moves. The components only call them.
 */
import type { PlacedMark } from './layout';
import type { TimeScale } from './scales';
import { periodEnd, periodStart } from '$lib/graph/dates';

export type KeyAction = { type: 'focus'; index: number } | { type: 'zoom'; factor: number } | { type: 'open' };

/** What a key does on the chart, given the focused mark's index in time order (-1 for none) of `count`. */
export function keyAction(key: string, index: number, count: number): KeyAction | undefined {
	const focus = (i: number): KeyAction | undefined => (count ? { type: 'focus', index: Math.max(0, Math.min(count - 1, i)) } : undefined);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return focus(index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return focus(index < 0 ? 0 : index - 1);
		case 'Home':
			return focus(0);
		case 'End':
			return focus(count - 1);
		case '+':
		case '=':
			return { type: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 0.5 };
		case 'Enter':
			return index >= 0 ? { type: 'open' } : undefined;
	}
}

/** The mark nearest a point (in the marks' coordinates), within `radius` pixels; a bar counts along its length. */
export function nearestMark(marks: PlacedMark[], x: number, y: number, radius = 8): string | undefined {
	let best: string | undefined;
	let bestD = radius * radius;
	for (const m of marks) {
		const dx = m.bar && x >= m.x0 && x <= m.x1 ? 0 : x - m.x0;
		const d = dx * dx + (y - m.y) ** 2;
		if (d <= bestD) (bestD = d), (best = m.id);
	}
	return best;
}

export interface EraBand {
	id: string;
	label: string;
	description: string;
	start: string;
	end?: string;
	x0: number;
	x1: number;
}

/** The eras' bands at a scale; an open-ended era runs to the end of `full`. */
export function eraBands(eras: { id: string; label: string; description: string; start: string; end?: string }[], scale: TimeScale, full: [Date, Date]): EraBand[] {
	return eras.map((e) => ({ id: e.id, label: e.label, description: e.description, start: e.start, ...(e.end ? { end: e.end } : {}), x0: scale(periodStart(e.start)), x1: scale(e.end ? periodEnd(e.end) : full[1]) }));
}

/** A window part-way (`t` from 0 to 1, eased in and out) from `a` to `b`. */
export function betweenSpans(a: [Date, Date], b: [Date, Date], t: number): [Date, Date] {
	const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
	const at = (x: Date, y: Date) => new Date(x.getTime() + (y.getTime() - x.getTime()) * e);
	return [at(a[0], b[0]), at(a[1], b[1])];
}

/** A window `factor` times narrower (> 1 zooms in), around `centre` (default: the middle). */
export function zoomSpan([a, b]: [Date, Date], factor: number, centre?: Date): [Date, Date] {
	const [t0, t1] = [a.getTime(), b.getTime()];
	const c = centre?.getTime() ?? (t0 + t1) / 2;
	return [new Date(c - (c - t0) / factor), new Date(c + (t1 - c) / factor)];
}

/**
 * The window moved so that `[s, t]` is inside it (with a 5 % margin), keeping its width; unchanged when it already is.
 * `clear` is the part of the window, from its left, that is not covered (a sheet over the chart's right side).
 */
export function revealSpan([a, b]: [Date, Date], [s, t]: [Date, Date], clear = 1): [Date, Date] {
	const [t0, t1] = [a.getTime(), b.getTime()];
	const w = t1 - t0;
	if (s.getTime() >= t0 + w * 0.05 && t.getTime() <= t0 + w * (clear - 0.05)) return [a, b];
	const left = (s.getTime() + t.getTime()) / 2 - (w * clear) / 2;
	return [new Date(left), new Date(left + w)];
}

/** The window that shows some events with a margin either side (a quarter of their span, at least 45 days); none for no events. */
export function eventsSpan(events: { start: string; end?: string }[]): [Date, Date] | undefined {
	if (!events.length) return undefined;
	const t0 = Math.min(...events.map((e) => periodStart(e.start).getTime()));
	const t1 = Math.max(...events.map((e) => periodEnd(e.end ?? e.start).getTime()));
	const pad = Math.max((t1 - t0) * 0.25, 45 * 864e5);
	return [new Date(t0 - pad), new Date(t1 + pad)];
}
