import { error } from '@sveltejs/kit';
import { getGraph } from '$lib/server/graph';
import { countryCodes, countryDossier } from '$lib/graph/views';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => countryCodes(getGraph()).map((iso3) => ({ iso3 }));

export function load({ params }) {
	const g = getGraph();
	if (!countryCodes(g).includes(params.iso3)) error(404, `No country "${params.iso3}" in the graph`);
	return countryDossier(g, params.iso3);
}
