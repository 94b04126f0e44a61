import { getGraph } from '$lib/server/graph';
import { eventRef } from '$lib/graph/views';
import { timelineData } from '$lib/server/timeline';

export function load() {
	const g = getGraph();
	const { name, description, tagline, introduction, highlights } = g.site;
	return {
		site: { name, description, tagline, introduction },
		counts: { events: g.events.length, actors: g.actors.length, quotes: g.quotes.length, sources: g.sources.length },
		first: eventRef(g.events[0]),
		last: eventRef(g.events.at(-1)!),
		// The validator has checked that every highlight names an event.
		timeline: timelineData(g, String(new Date().getUTCFullYear())),
		highlights: highlights.map((id) => eventRef(g.eventById.get(id)!))
	};
}
