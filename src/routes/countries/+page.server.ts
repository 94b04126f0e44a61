import { getGraph } from '$lib/server/graph';
import { countryCodes, countryRef } from '$lib/graph/views';

export function load() {
	const g = getGraph();
	return {
		countries: countryCodes(g)
			.map((code) => ({ ...countryRef(code), events: g.eventsByCountry.get(code)?.length ?? 0 }))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
}
