import { describe, expect, it } from 'vitest';
import { formatDate, formatRange } from './format';
import { compareIso, isWhollyBefore, periodEnd, periodStart } from './dates';

describe('formatDate shows a date at its precision', () => {
	it.each([
		['1994', '1994'],
		['1998-02', 'February 1998'],
		['2000-11-15', '15 November 2000'],
		['2003-09-29', '29 September 2003']
	])('%s → %s', (iso, text) => expect(formatDate(iso)).toBe(text));
});

describe('formatRange', () => {
	it.each([
		['1999-01-19', '1999-01-29', '19–29 January 1999'],
		['1999-04-28', '1999-05-03', '28 April – 3 May 1999'],
		['1999-12-20', '2000-01-05', '20 December 1999 – 5 January 2000'],
		['1991', '1999', '1991–1999'],
		['1996-02', '1997-10', 'February 1996 – October 1997'],
		['1996-02', '1996-10', 'February – October 1996'],
		['2000-12-12', undefined, '12 December 2000'],
		['2000', '2000', '2000']
	])('%s to %s → %s', (a, b, text) => expect(formatRange(a, b)).toBe(text));
});

describe('periods', () => {
	it('a year spans the whole year, a month the whole month', () => {
		expect(periodStart('1994').toISOString()).toBe('1994-01-01T00:00:00.000Z');
		expect(periodEnd('1994').toISOString()).toBe('1995-01-01T00:00:00.000Z');
		expect(periodEnd('2000-02').toISOString()).toBe('2000-03-01T00:00:00.000Z');
		expect(periodEnd('2000-12-31').toISOString()).toBe('2001-01-01T00:00:00.000Z');
	});
	it('a period is wholly before another only when it ends before the other starts', () => {
		expect(isWhollyBefore('1998-12', '1999-01-19')).toBe(true);
		expect(isWhollyBefore('1999', '1999-01-19')).toBe(false);
		expect(isWhollyBefore('1999-01-19', '1999')).toBe(false);
	});
	it('sorts chronologically, a year before the days in it', () => {
		expect(['2000-11-15', '2000', '1999-12', '2000-01-01'].sort(compareIso)).toEqual(['1999-12', '2000', '2000-01-01', '2000-11-15']);
	});
});
