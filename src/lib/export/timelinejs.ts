/**
 * The events as a TimelineJS 3 file (its JSON format: a `title` slide, one slide per event, `eras`), to load
 * into TimelineJS or to paste into its Google Sheets workflow. Dates keep their precision: a year is
 * `{ year }`, a month `{ year, month }`, a day `{ year, month, day }`.
 */
import { compareIso, parseIsoDate } from '../graph/dates.ts';
import { sourceLabel } from '../graph/views.ts';
import type { Graph } from '../graph/indexes.ts';
import type { Event } from '../graph/schema.ts';

export interface TlDate {
	year: number;
	month?: number;
	day?: number;
}
export interface TlText {
	headline?: string;
	text?: string;
}
export interface TlSlide {
	unique_id?: string;
	start_date: TlDate;
	end_date?: TlDate;
	text?: TlText;
	group?: string;
}
export interface TlEra {
	start_date: TlDate;
	end_date: TlDate;
	text?: TlText;
}
export interface TlFile {
	title?: { text: TlText };
	events: TlSlide[];
	eras?: TlEra[];
}

/** An ISO date at its precision as a TimelineJS date. */
export function tlDate(iso: string): TlDate {
	const { year, month, day } = parseIsoDate(iso);
	return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS shows `text` as HTML: the data's text is escaped. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The label that begins the paragraph of sources in a slide's text. */
export const SOURCES_LABEL = 'Sources: ';

/** The lane label of each kind, from the site's lanes. */
export const laneLabels = (g: Pick<Graph, 'site'>) => new Map(g.site.lanes.flatMap((l) => l.kinds.map((k) => [k as string, l.label] as const)));

export function eventSlide(g: Pick<Graph, 'sourceById'>, e: Event, group: string | undefined): TlSlide {
	const sources = e.sources.map((c) => `${sourceLabel(g.sourceById.get(c.source)!)}, ${c.locator}`).join('; ');
	return {
		unique_id: e.id,
		start_date: tlDate(e.start),
		...(e.end ? { end_date: tlDate(e.end) } : {}),
		text: { headline: escapeHtml(e.title), text: `<p>${escapeHtml(e.summary)}</p><p>${escapeHtml(SOURCES_LABEL + sources)}</p>` },
		...(group ? { group } : {})
	};
}

/** The whole TimelineJS file of a graph. An era still going on ends with the last event. */
export function toTimelineJs(g: Graph): TlFile {
	const lane = laneLabels(g);
	const ends = g.events.map((e) => e.end ?? e.start);
	const last = ends.reduce((a, b) => (compareIso(a, b) >= 0 ? a : b));
	return {
		title: { text: { headline: escapeHtml(g.site.name), text: `<p>${escapeHtml(g.site.tagline)}</p>` } },
		events: g.events.map((e) => eventSlide(g, e, lane.get(e.kind))),
		eras: g.eras.map((era) => ({
			start_date: tlDate(era.start),
			end_date: tlDate(era.end ?? (compareIso(last, era.start) >= 0 ? last : era.start)),
			text: { headline: escapeHtml(era.label), text: escapeHtml(era.description) }
		}))
	};
}
