/**
 * Every download the site offers, in one place: its file name under /data/, its format and content type,
 * and how it is made from the graph. The routes under src/routes/data/ and the /data page read this list.
 */
import type { Graph } from '../graph/indexes.ts';
import { eventsCsv, quotesCsv } from './csv.ts';
import { sourcesBibtex, sourcesCslJson } from './citations.ts';
import { toTimelineJs } from './timelinejs.ts';

export interface Download {
	/** The file's name under /data/. */
	file: string;
	/** The format's name, as the page shows it. */
	format: string;
	/** The Content-Type the endpoint answers with. */
	type: string;
	/** The file's text. */
	make: (g: Graph) => string;
}

const json = 'application/json; charset=utf-8';

/** The whole graph, as validated: the records of each file, without the indexes. */
export function graphJson(g: Graph): string {
	const { events, actors, quotes, sources, themes, eras } = g;
	return JSON.stringify({ events, actors, quotes, sources, themes, eras }, null, '\t');
}

export const downloads = {
	graph: { file: 'graph.json', format: 'JSON', type: json, make: graphJson },
	events: { file: 'events.csv', format: 'CSV', type: 'text/csv; charset=utf-8', make: (g) => eventsCsv(g.events) },
	quotes: { file: 'quotes.csv', format: 'CSV', type: 'text/csv; charset=utf-8', make: (g) => quotesCsv(g.quotes) },
	timelinejs: { file: 'timelinejs.json', format: 'TimelineJS 3 JSON', type: json, make: (g) => JSON.stringify(toTimelineJs(g), null, '\t') },
	csl: { file: 'sources.json', format: 'CSL-JSON', type: json, make: (g) => sourcesCslJson(g.sources) },
	bibtex: { file: 'sources.bib', format: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', make: (g) => sourcesBibtex(g.sources) }
} satisfies Record<string, Download>;

export type DownloadKey = keyof typeof downloads;
export const downloadKeys = Object.keys(downloads) as DownloadKey[];
