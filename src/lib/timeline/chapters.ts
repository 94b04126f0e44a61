/**
 * The events as chapters: one per era (the editorial periods of `eras.json`), each divided into years, for the
 * list and phone views, the list printed with the timeline and the list shown without JavaScript. Events
 * before the first era form a chapter of their own, without an era. Pure and unit-tested.
 */
import { groupByYear, periodStart } from '$lib/graph/dates';

export interface ChapterEra {
	id: string;
	label: string;
	start: string;
	end?: string;
	description: string;
}

export interface Chapter<T> {
	/** The era, or none for the events before the first era. */
	era?: ChapterEra;
	years: { year: number; events: T[] }[];
}

/** Events in time order, grouped into the era each starts in (the last era begun by then), then by year. */
export function chaptersOf<T extends { start: string }>(events: T[], eras: ChapterEra[]): Chapter<T>[] {
	const ordered = [...eras].sort((a, b) => +periodStart(a.start) - +periodStart(b.start));
	const chapters: { era?: ChapterEra; events: T[] }[] = [];
	for (const e of events) {
		const t = +periodStart(e.start);
		const era = ordered.findLast((x) => +periodStart(x.start) <= t);
		const last = chapters.at(-1);
		if (last && last.era === era) last.events.push(e);
		else chapters.push({ era, events: [e] });
	}
	return chapters.map((c) => ({ ...(c.era ? { era: c.era } : {}), years: groupByYear(c.events) }));
}
