import { getGraph } from '$lib/server/graph';

/** What every page shows of the treaty's identity: the site's name. */
export function load() {
	return { siteName: getGraph().site.name };
}
