import { getGraph } from '$lib/server/graph';
import { sourceEntry, sourceUses } from '$lib/graph/views';
import { downloads } from '$lib/export/downloads';

export function load() {
	const g = getGraph();
	const uses = sourceUses(g);
	return {
		downloads: { csl: downloads.csl.file, bibtex: downloads.bibtex.file },
		// The prerendered order (and the default): most cited first, then by label.
		sources: g.sources
			.map((s) => ({ ...sourceEntry(s), uses: uses.get(s.id)! }))
			.sort((a, b) => b.uses.citations - a.uses.citations || a.label.localeCompare(b.label))
	};
}
