/**
 * Dates at their precision. An ISO date string ("1994", "1998-02", "2000-11-15") stands for a
 * period — a year, a month or a day — and every comparison here respects that.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

/** Parses a date already validated by the schema. */
export function parseIsoDate(iso: string): PartialDate {
	const [y, m, d] = iso.split('-').map(Number);
	if (d !== undefined) return { year: y, month: m, day: d, precision: 'day' };
	if (m !== undefined) return { year: y, month: m, precision: 'month' };
	return { year: y, precision: 'year' };
}

/** The first instant of the period the date names (UTC). */
export function periodStart(iso: string): Date {
	const { year, month = 1, day = 1 } = parseIsoDate(iso);
	return new Date(Date.UTC(year, month - 1, day));
}

/** The first instant after the period the date names (UTC), so `[periodStart, periodEnd)` is the period. */
export function periodEnd(iso: string): Date {
	const p = parseIsoDate(iso);
	if (p.precision === 'day') return new Date(Date.UTC(p.year, p.month! - 1, p.day! + 1));
	if (p.precision === 'month') return new Date(Date.UTC(p.year, p.month!, 1));
	return new Date(Date.UTC(p.year + 1, 0, 1));
}

/** Whether period `b` lies wholly before period `a` starts: `b` cannot follow `a`. */
export function isWhollyBefore(b: string, a: string): boolean {
	return periodEnd(b) <= periodStart(a);
}

/** Sort key for chronological order: start of period, then finer precision last (a year before its days). */
export function compareIso(a: string, b: string): number {
	const d = periodStart(a).getTime() - periodStart(b).getTime();
	return d !== 0 ? d : a.length - b.length;
}

/** The year a date falls in. */
export function yearOf(iso: string): number {
	return parseIsoDate(iso).year;
}

/** Whether a string is an ISO date at some precision (YYYY, YYYY-MM, YYYY-MM-DD) naming a real period. */
export function isoDateLike(s: string): boolean {
	if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s)) return false;
	const p = parseIsoDate(s);
	return p.day === undefined || new Date(Date.UTC(p.year, p.month! - 1, p.day)).getUTCDate() === p.day;
}

/** Events grouped by the year they start in, in order. */
export function groupByYear<T extends { start: string }>(events: T[]): { year: number; events: T[] }[] {
	const groups: { year: number; events: T[] }[] = [];
	for (const e of events) {
		const year = yearOf(e.start);
		const last = groups.at(-1);
		if (last?.year === year) last.events.push(e);
		else groups.push({ year, events: [e] });
	}
	return groups;
}
