import Fuse from 'fuse.js';
import { json } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { searchDocs, searchKeys } from '$lib/search/docs';

export const prerender = true;

/** The search documents and their fuse.js index, built once at build time; the timeline fetches it lazily. */
export function GET() {
	const docs = searchDocs(getGraph());
	return json({ docs, index: Fuse.createIndex(searchKeys, docs).toJSON() });
}
