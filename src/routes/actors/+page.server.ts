import { getGraph } from '$lib/server/graph';
import { actorKinds } from '$lib/graph/vocab';

export function load() {
	const g = getGraph();
	const actors = [...g.actors]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((a) => ({ id: a.id, name: a.name, kind: a.kind, events: g.eventsByActor.get(a.id)?.length ?? 0, quotes: g.quotesBySpeaker.get(a.id)?.length ?? 0 }));
	return {
		groups: (Object.keys(actorKinds) as (keyof typeof actorKinds)[])
			.map((kind) => ({ kind, label: actorKinds[kind], actors: actors.filter((a) => a.kind === kind) }))
			.filter((group) => group.actors.length)
	};
}
