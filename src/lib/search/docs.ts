/**
 * The search documents (events, actors, quotations, sources) and the fuse.js options, shared by the
 * build-time index and the client that queries it.
 */
import type { Graph } from '$lib/graph/indexes';
import { formatRange } from '$lib/graph/format';
import { sourceLabel } from '$lib/graph/views';
import { actorKinds } from '$lib/graph/vocab';
import { aliasKeys } from './normalize';

import type { SearchDoc } from './options';
export type { DocType, SearchDoc } from './options';
export { fuseOptions, searchKeys } from './options';

export function searchDocs(g: Graph): SearchDoc[] {
	const citing = new Map<string, string>();
	for (const e of g.events) for (const c of e.sources) if (!citing.has(c.source)) citing.set(c.source, e.id);
	const docs: SearchDoc[] = [
		...g.events.map((e): SearchDoc => ({ type: 'event', id: e.id, title: e.title, detail: formatRange(e.start, e.end), text: `${e.summary} ${e.place?.city ?? ''}`, event: e.id })),
		...g.actors.map((a): SearchDoc => ({ type: 'actor', id: a.id, title: a.name, detail: a.roles[0]?.title ?? actorKinds[a.kind], text: a.summary, actor: a.id })),
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
	// The treaty's abbreviations and document symbols, searched but not shown.
	return docs.map((d) => {
		const keys = aliasKeys(d.title, d.text, g.site.aliases);
		return keys ? { ...d, text: `${d.text} ${keys}` } : d;
	});
}
