import { getGraph } from '$lib/server/graph';
import { sourceEntry } from '$lib/graph/views';
import { downloads } from '$lib/export/downloads';

export function load() {
	const g = getGraph();
	const uses = new Map<string, number>();
	const count = (id: string) => uses.set(id, (uses.get(id) ?? 0) + 1);
	for (const e of g.events) {
		e.sources.forEach((c) => count(c.source));
		e.disputes.forEach((d) => d.claims.forEach((c) => count(c.source)));
	}
	for (const a of g.actors) [...a.sources, ...a.roles.flatMap((r) => r.sources)].forEach((c) => count(c.source));
	for (const q of g.quotes) count(q.source.source);
	return {
		downloads: { csl: downloads.csl.file, bibtex: downloads.bibtex.file },
		sources: g.sources
			.map((s) => ({ ...sourceEntry(s), uses: uses.get(s.id) ?? 0 }))
			.sort((a, b) => b.uses - a.uses || a.label.localeCompare(b.label))
	};
}
