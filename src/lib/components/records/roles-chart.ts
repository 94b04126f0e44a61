/**
 * The layout of an actor's roles over time (drawn by RolesChart.svelte): one bar per dated role on a year
 * axis, in percent of the chart's width, so the prerendered SVG fits any width without JavaScript. Pure.
 *
 * A role is drawn only as far as its dates go: with both, from the start of `from`'s period to the end of
 * `to`'s; with only `from`, from there to the chart's right edge, marked open (`open: 'end'`); with only
 * `to`, from the left edge, marked open at its start. An undated role is not drawn.
 */
import { utcYear } from 'd3-time';
import { timeScale } from '$lib/timeline/scales';
import { periodEnd, periodStart } from '$lib/graph/dates';
import { formatDate, formatRange } from '$lib/graph/format';

export interface DatedRole {
	title: string;
	from?: string;
	to?: string;
}

export interface RoleBar {
	title: string;
	/** The dates at their precision: "1996 – October 1997", or the one end the sources give. */
	when: { from?: string; to?: string; text: string };
	/** Left edge and width, in percent of the chart. */
	x: number;
	width: number;
	/** The end the sources do not give, drawn fading out to the chart's edge. */
	open?: 'start' | 'end';
}

export interface RolesLayout {
	bars: RoleBar[];
	/** Year ticks, in percent. */
	ticks: { x: number; year: string }[];
}

const YEAR = 365.25 * 864e5;
/** The narrowest bar, in percent: a role of one day still shows. */
const MIN_WIDTH = 0.8;

/**
 * The chart of `roles`, or undefined when none is dated. `words.from`/`words.until` label a role with one end
 * ("from 1983", "until 1962"); the dates go through the one formatter.
 */
export function rolesLayout(roles: DatedRole[], words: { from: string; until: string }): RolesLayout | undefined {
	const dated = roles.filter((r) => r.from || r.to);
	if (!dated.length) return undefined;
	const known = dated.flatMap((r) => [...(r.from ? [periodStart(r.from).getTime()] : []), ...(r.to ? [periodEnd(r.to).getTime()] : [])]);
	let lo = Math.min(...known);
	let hi = Math.max(...known);
	// Room past the known dates for an open end, so that it reads as running on rather than stopping there.
	const pad = Math.max(YEAR, (hi - lo) * 0.15);
	if (dated.some((r) => !r.from)) lo -= pad;
	if (dated.some((r) => !r.to)) hi += pad;
	const domain: [Date, Date] = [utcYear.floor(new Date(lo)), utcYear.ceil(new Date(hi))];
	const x = timeScale(domain, 100);
	const years = domain[1].getUTCFullYear() - domain[0].getUTCFullYear();
	const every = [1, 2, 5, 10, 20, 25, 50, 100].find((n) => years / n <= 6) ?? 100;
	const ticks = x.ticks(utcYear.every(every)!).map((d) => ({ x: x(d), year: formatDate(String(d.getUTCFullYear())) }));

	const bars = dated
		.map((r): RoleBar => {
			const a = r.from ? x(periodStart(r.from)) : 0;
			const b = r.to ? x(periodEnd(r.to)) : 100;
			const text = r.from && r.to ? formatRange(r.from, r.to) : r.from ? `${words.from} ${formatDate(r.from)}` : `${words.until} ${formatDate(r.to!)}`;
			return {
				title: r.title,
				when: { ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}), text },
				x: Math.min(a, 100 - MIN_WIDTH),
				width: Math.max(MIN_WIDTH, b - a),
				...(r.from ? (r.to ? {} : { open: 'end' as const }) : { open: 'start' as const })
			};
		})
		// In order of time: by where the bar starts, then by where it ends.
		.sort((p, q) => p.x - q.x || p.width - q.width);
	return { bars, ticks };
}
