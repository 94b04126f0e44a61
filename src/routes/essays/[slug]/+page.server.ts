import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';
import { getGraph } from '$lib/server/graph';
import { essaySummary, getEssays } from '$lib/server/essays';
import { timelineData } from '$lib/server/timeline';
import { eventRef, quoteView, sourceRef } from '$lib/graph/views';

export const entries: EntryGenerator = () => getEssays().map((e) => ({ slug: e.slug }));

export function load({ params }) {
	const g = getGraph();
	const essays = getEssays();
	const i = essays.findIndex((e) => e.slug === params.slug);
	if (i < 0) error(404, 'No such essay');
	const e = essays[i];
	const ids = (tag: string) => [...new Set(e.refs.filter((r) => r.tag === tag).map((r) => r.attrs.id))];
	return {
		file: e.file,
		essay: { ...essaySummary(e), events: e.front.events },
		toc: e.headings,
		events: Object.fromEntries(ids('EventRef').map((id) => [id, eventRef(g.eventById.get(id)!)])),
		quotes: Object.fromEntries(ids('Quote').map((id) => [id, quoteView(g, g.quoteById.get(id)!)])),
		notes: e.notes.map((n) => ({ source: sourceRef(g.sourceById.get(n.source)!), locator: n.locator })),
		timeline: timelineData(g, String(new Date().getUTCFullYear())),
		previous: i > 0 ? essaySummary(essays[i - 1]) : undefined,
		next: i < essays.length - 1 ? essaySummary(essays[i + 1]) : undefined
	};
}
