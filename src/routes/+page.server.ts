import { getGraph } from '$lib/server/graph';
import { eventRef } from '$lib/graph/views';

export function load() {
	const g = getGraph();
	return {
		counts: { events: g.events.length, actors: g.actors.length, quotes: g.quotes.length, sources: g.sources.length },
		first: eventRef(g.events[0]),
		last: eventRef(g.events.at(-1)!),
		highlights: ['crime-congress-4-kyoto-1970', 'naples-ministerial-conference-1994', 'kwasniewski-unga-address-1996', 'ga-adopts-convention-2000', 'palermo-signing-conference-2000', 'convention-entry-into-force-2003', 'review-mechanism-adopted-2018', 'review-mechanism-launched-2020']
			.map((id) => g.eventById.get(id))
			.filter((e) => e !== undefined)
			.map(eventRef)
	};
}
