/**
 * The graph as spreadsheets: `events.csv` and `quotes.csv`, one row per record in the graph's order, ids
 * first, columns named by the field's path in the schema (`place.city`). Lists are joined with `; `; the
 * citations of an event, whose locators may themselves hold `; `, are one `source: locator` per line of
 * their cell. Written, and read back by `npm run import:csv`, with papaparse.
 */
import Papa from 'papaparse';
import type { Event, Quote } from '../graph/schema.ts';

/** The separator of a list in one cell. */
export const LIST = '; ';
/** The separator of the citations in one cell (a locator may contain `; `). */
export const CITATIONS = '\n';

/** The columns of events.csv, in order. */
export const eventColumns = ['id', 'title', 'start', 'end', 'kind', 'place.city', 'place.country', 'summary', 'actors', 'countries', 'themes', 'sources', 'links'] as const;
/** The columns of quotes.csv, in order. */
export const quoteColumns = ['id', 'text', 'speaker', 'date', 'context', 'event', 'source', 'locator', 'citedAs'] as const;

export type EventColumn = (typeof eventColumns)[number];
export type QuoteColumn = (typeof quoteColumns)[number];

/** An event as a row of events.csv. Disputes and link notes are in the JSON only. */
export function eventRow(e: Event): Record<EventColumn, string> {
	return {
		id: e.id,
		title: e.title,
		start: e.start,
		end: e.end ?? '',
		kind: e.kind,
		'place.city': e.place?.city ?? '',
		'place.country': e.place?.country ?? '',
		summary: e.summary,
		actors: e.actors.join(LIST),
		countries: e.countries.join(LIST),
		themes: e.themes.join(LIST),
		sources: e.sources.map((c) => `${c.source}: ${c.locator}`).join(CITATIONS),
		links: e.links.map((l) => `${l.type} ${l.to}`).join(LIST)
	};
}

/** A quotation as a row of quotes.csv. */
export function quoteRow(q: Quote): Record<QuoteColumn, string> {
	return {
		id: q.id,
		text: q.text,
		speaker: q.speaker,
		date: q.date ?? '',
		context: q.context,
		event: q.event ?? '',
		source: q.source.source,
		locator: q.source.locator,
		citedAs: q.citedAs ?? ''
	};
}

const unparse = <C extends string>(columns: readonly C[], rows: Record<C, string>[]) =>
	Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) });

export const eventsCsv = (events: Event[]) => unparse(eventColumns, events.map(eventRow));
export const quotesCsv = (quotes: Quote[]) => unparse(quoteColumns, quotes.map(quoteRow));
