/**
 * The site's graph, read through Vite's module graph (`virtual:palermo-data`) and validated once per
 * build, or once per edit of `data/` under `vite dev`. Server-only: pages receive views of it as data.
 */
import texts from 'virtual:palermo-data';
import { graphFromTexts } from '$lib/graph/load';
import type { Graph } from '$lib/graph/indexes';

let cached: Graph | undefined;

export function getGraph(): Graph {
	return (cached ??= graphFromTexts(texts));
}
