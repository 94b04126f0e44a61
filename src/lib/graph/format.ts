/**
 * The one date formatter: dates shown at their precision ("1994", "February 1998", "15 November 2000"),
 * ranges collapsed where they share a month or year ("19–29 January 1999").
 */
import { parseIsoDate, type PartialDate } from './dates.ts';

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

function render(p: PartialDate, withYear = true, withMonth = true): string {
	const parts: string[] = [];
	if (p.day !== undefined) parts.push(String(p.day));
	if (p.month !== undefined && withMonth) parts.push(MONTHS[p.month - 1]);
	if (withYear) parts.push(String(p.year));
	return parts.join(' ');
}

/** "1994", "February 1998", "15 November 2000". */
export function formatDate(iso: string): string {
	return render(parseIsoDate(iso));
}

/** A start and optional end: "19–29 January 1999", "28 April – 3 May 1999", "1991–1999". */
export function formatRange(start: string, end?: string): string {
	if (!end || end === start) return formatDate(start);
	const a = parseIsoDate(start);
	const b = parseIsoDate(end);
	if (a.precision === b.precision && a.year === b.year) {
		if (a.precision === 'day' && a.month === b.month) return `${a.day}–${render(b)}`;
		if (a.precision !== 'year') return `${render(a, false)} – ${render(b)}`;
	}
	const sep = a.precision === 'year' && b.precision === 'year' ? '–' : ' – ';
	return `${render(a)}${sep}${render(b)}`;
}
