import { getGraph } from '$lib/server/graph';
import { actorEventCount } from '$lib/graph/views';
import { actorKinds } from '$lib/graph/vocab';

export function load() {
	const g = getGraph();
	const actors = [...g.actors]
		.sort((a, b) => a.name.localeCompare(b.name))
		// A state counts its country's events (the state, its people, what it hosted), as its own page lists them.
		.map((a) => ({ id: a.id, name: a.name, kind: a.kind, events: actorEventCount(g, a), quotes: g.quotesBySpeaker.get(a.id)?.length ?? 0 }));
	return {
		groups: (Object.keys(actorKinds) as (keyof typeof actorKinds)[])
			.map((kind) => ({ kind, label: actorKinds[kind], actors: actors.filter((a) => a.kind === kind) }))
			.filter((group) => group.actors.length)
	};
}
