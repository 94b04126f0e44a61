/**
 * Time scales and ticks for the timeline. Pure: events and a width in, positions and tick labels out.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { periodEnd, periodStart } from '$lib/graph/dates';

export type TimeScale = ScaleTime<number, number>;

export interface Span {
	start: string;
	end?: string;
}

/** The time an event occupies: from the start of its first period to the end of its last. */
export function extentOf(e: Span): [Date, Date] {
	return [periodStart(e.start), periodEnd(e.end ?? e.start)];
}

/** A UTC scale from `domain` onto `[0, width]`. */
export function timeScale(domain: [Date, Date], width: number): TimeScale {
	return scaleUtc().domain(domain).range([0, Math.max(1, width)]);
}

/** The whole span of a set of events, widened to whole years, with `pad` years either side. */
export function fullDomain(events: Span[], pad = 1, until?: Date): [Date, Date] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const e of events) {
		const [a, b] = extentOf(e);
		lo = Math.min(lo, a.getTime());
		hi = Math.max(hi, b.getTime());
	}
	if (until) hi = Math.max(hi, until.getTime());
	if (!Number.isFinite(lo)) return [new Date(Date.UTC(1970, 0, 1)), new Date(Date.UTC(2026, 0, 1))];
	const a = new Date(lo);
	const b = new Date(hi);
	return [new Date(Date.UTC(a.getUTCFullYear() - pad, 0, 1)), new Date(Date.UTC(b.getUTCFullYear() + pad + (b.getUTCMonth() || b.getUTCDate() > 1 ? 1 : 0), 0, 1))];
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
	/** Major ticks (decades, years when zoomed in) get a stronger line and a bolder label. */
	major: boolean;
	/** The label's side of its tick: after it, or before it where it would run past the chart's right edge. */
	anchor: 'start' | 'end';
	/** Where the label is drawn: 3 px from its line, on that side. */
	labelX: number;
}

const LABEL_GAP = 3;
/** A tick label's room: 11 px digits are at most ~7 px wide (bold), with the gap from its line. */
export const tickLabelWidth = (label: string) => LABEL_GAP + label.length * 7;
/** The ticks with each label on the side of its line that keeps it inside the range. */
const anchored = (scale: TimeScale, t: Omit<Tick, 'anchor' | 'labelX'>[]): Tick[] =>
	t.map((tick) =>
		tick.x + tickLabelWidth(tick.label) > scale.range()[1]
			? { ...tick, anchor: 'end', labelX: tick.x - LABEL_GAP }
			: { ...tick, anchor: 'start', labelX: tick.x + LABEL_GAP }
	);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The step, in years (≥ 1) or months (< 1 as fractions), between ticks at this zoom: about one per 70 px. */
function chooseStep(scale: TimeScale, minGap: number): { unit: 'year' | 'month'; every: number } {
	const [d0, d1] = scale.domain();
	const px = scale.range()[1] - scale.range()[0];
	const years = (d1.getTime() - d0.getTime()) / (365.25 * 864e5);
	const pxPerYear = px / years;
	for (const every of [1, 2, 5, 10, 20, 50]) if (every * pxPerYear >= minGap) return { unit: 'year', every };
	if (pxPerYear < minGap) return { unit: 'year', every: 100 };
	return { unit: 'year', every: 1 };
}

/**
 * Ticks that adapt from decades to months as the scale zooms: about one label per `minGap` pixels.
 */
export function ticks(scale: TimeScale, minGap = 64): Tick[] {
	const [d0, d1] = scale.domain();
	const px = scale.range()[1] - scale.range()[0];
	const pxPerMonth = px / ((d1.getTime() - d0.getTime()) / (30.44 * 864e5));
	if (pxPerMonth * 12 >= minGap * 2.5) {
		// Months: every 1, 2, 3 or 6 months, with each January labelled by its year.
		const every = [1, 2, 3, 6].find((m) => m * pxPerMonth >= minGap) ?? 6;
		return anchored(
			scale,
			utcMonth
				.every(every)!
				.range(d0, new Date(d1.getTime() + 1))
				.map((date) => {
					const january = date.getUTCMonth() === 0;
					return { date, x: scale(date), label: january ? String(date.getUTCFullYear()) : MONTHS[date.getUTCMonth()], major: january };
				})
		);
	}
	const { every } = chooseStep(scale, minGap);
	const majorEvery = every >= 10 ? every * 5 : 10;
	return anchored(
		scale,
		utcYear
			.every(every)!
			.range(d0, new Date(d1.getTime() + 1))
			.map((date) => ({ date, x: scale(date), label: String(date.getUTCFullYear()), major: date.getUTCFullYear() % majorEvery === 0 }))
	);
}

/** Clamps a requested window to the full domain, keeping its width where possible, and at least `minDays` wide. */
export function clampWindow(window: [Date, Date], full: [Date, Date], minDays = 60): [Date, Date] {
	const [f0, f1] = [full[0].getTime(), full[1].getTime()];
	let [a, b] = [window[0].getTime(), window[1].getTime()];
	if (b < a) [a, b] = [b, a];
	const width = Math.min(Math.max(b - a, minDays * 864e5), f1 - f0);
	if (a < f0) [a, b] = [f0, f0 + width];
	if (b > f1) [a, b] = [f1 - width, f1];
	if (b - a < width) b = a + width;
	return [new Date(a), new Date(b)];
}

/** The last year a window shows: the year of its last instant (a window ending on 1 January 2027 shows up to 2026). */
export function lastYearShown([, b]: [Date, Date]): number {
	return new Date(b.getTime() - 1).getUTCFullYear();
}

/** The d3-zoom transform that shows `window` when `full` is drawn across `width` pixels: derived from the span, never the other way round. */
export function zoomFor(window: [Date, Date], full: [Date, Date], width: number): { k: number; x: number } {
	const base = timeScale(full, width);
	const k = Math.max(1, width / Math.max(1e-6, base(window[1]) - base(window[0])));
	return { k, x: -base(window[0]) * k };
}
