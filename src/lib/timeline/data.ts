/**
 * What a timeline is given at build time: compact events, the names for every filter value, the links
 * between events, the eras and the treaty's chart settings from `data/site.json` (lanes, kind families,
 * link styles, initial span). Types only: `$lib/server/timeline.ts` builds it from the graph.
 */
import type { EventKindId, LinkTypeId } from '$lib/graph/vocab';
import type { Site } from '$lib/graph/schema';

export interface TimelineEventData {
	id: string;
	title: string;
	start: string;
	end?: string;
	kind: EventKindId;
	actors: string[];
	countries: string[];
	themes: string[];
	/** Label priority: events with more links and sources are labelled first. */
	weight: number;
	disputed: boolean;
	/** The summary, where the page holds it (the detail panel shows it before the full record loads). */
	summary?: string;
}

export interface TimelineLink {
	from: string;
	to: string;
	type: LinkTypeId;
}

export interface TimelineEra {
	id: string;
	label: string;
	start: string;
	end?: string;
	description: string;
}

/** The chart's settings, as the site's data gives them. */
export type ChartSettings = Pick<Site, 'lanes' | 'families' | 'links' | 'span' | 'denseAt'>;

export interface TimelineData {
	events: TimelineEventData[];
	links: TimelineLink[];
	eras: TimelineEra[];
	names: { actor: Record<string, string>; country: Record<string, string>; kind: Record<string, string>; theme: Record<string, string> };
	settings: ChartSettings;
	/** The essays, with the events each covers (`?essay=<slug>` highlights them). */
	essays: { slug: string; title: string; events: string[] }[];
	/** The last year the axis should reach. */
	until: string;
}
