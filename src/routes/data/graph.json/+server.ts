import { getGraph } from '$lib/server/graph';

export const prerender = true;

/** The whole graph, as validated, for download. */
export function GET() {
	const { events, actors, quotes, sources, themes, eras } = getGraph();
	const body = JSON.stringify({ events, actors, quotes, sources, themes, eras }, null, '\t');
	return new Response(body, { headers: { 'content-type': 'application/json' } });
}
