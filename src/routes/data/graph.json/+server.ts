import { getGraph } from '$lib/graph/load';

export const prerender = true;

/** The whole graph, as validated, for download. */
export function GET() {
	const { events, actors, quotes, sources, themes } = getGraph();
	const body = JSON.stringify({ events, actors, quotes, sources, themes }, null, '\t');
	return new Response(body, { headers: { 'content-type': 'application/json' } });
}
