import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { downloads } from '$lib/export/downloads';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => Object.values(downloads).map((d) => ({ file: d.file }));

/** One download (the whole graph, the CSVs, the TimelineJS file, the bibliography), made at build time. */
export function GET({ params }) {
	const d = Object.values(downloads).find((d) => d.file === params.file);
	if (!d) error(404, `No download "${params.file}"`);
	return new Response(d.make(getGraph()), { headers: { 'content-type': d.type } });
}
