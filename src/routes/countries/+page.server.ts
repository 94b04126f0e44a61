import { getGraph } from '$lib/server/graph';
import { countryCodes, countryEventCounts, countryRef } from '$lib/graph/views';
import { worldGeometry } from '$lib/components/map/world.server';

export function load() {
	const g = getGraph();
	const counts = countryEventCounts(g);
	return {
		countries: countryCodes(g)
			.map((code) => ({ ...countryRef(code), events: counts.get(code) ?? 0 }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		map: worldGeometry()
	};
}
