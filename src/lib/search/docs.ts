/**
 * The search documents (events, actors, quotations, sources) and the fuse.js options, shared by the
 * build-time index and the client that queries it.
 */
import type { Graph } from '$lib/graph/indexes';
import { formatRange } from '$lib/graph/format';
import { sourceLabel } from '$lib/graph/views';

export type DocType = 'event' | 'actor' | 'quote' | 'source';

export interface SearchDoc {
	type: DocType;
	id: string;
	title: string;
	/** Shown under the title in the results. */
	detail: string;
	/** Searched, not shown. */
	text: string;
	/** The event to focus when the result is chosen, if any. */
	event?: string;
	/** The actor to filter by when the result is chosen, if any. */
	actor?: string;
}

export const searchKeys = [
	{ name: 'title', weight: 2 },
	{ name: 'text', weight: 1 }
];

export const fuseOptions = { keys: searchKeys, threshold: 0.3, ignoreLocation: true, includeMatches: false, minMatchCharLength: 2 };

export function searchDocs(g: Graph): SearchDoc[] {
	const citing = new Map<string, string>();
	for (const e of g.events) for (const c of e.sources) if (!citing.has(c.source)) citing.set(c.source, e.id);
	return [
		...g.events.map((e): SearchDoc => ({ type: 'event', id: e.id, title: e.title, detail: formatRange(e.start, e.end), text: `${e.summary} ${e.place?.city ?? ''}`, event: e.id })),
		...g.actors.map((a): SearchDoc => ({ type: 'actor', id: a.id, title: a.name, detail: a.roles[0]?.title ?? a.kind, text: a.summary, actor: a.id })),
		...g.quotes.map((q): SearchDoc => ({
			type: 'quote',
			id: q.id,
			title: `“${q.text.length > 90 ? q.text.slice(0, 89).trimEnd() + '…' : q.text}”`,
			detail: g.actorById.get(q.speaker)!.name,
			text: `${q.text} ${g.actorById.get(q.speaker)!.name}`,
			...(q.event ? { event: q.event } : { actor: q.speaker })
		})),
		...g.sources
			.filter((s) => citing.has(s.id))
			.map((s): SearchDoc => ({ type: 'source', id: s.id, title: sourceLabel(s), detail: s.title, text: `${s.title} ${s.number ?? ''} ${s.URL ?? ''}`, event: citing.get(s.id) }))
	];
}
