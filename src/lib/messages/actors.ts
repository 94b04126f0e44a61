/**
 * The strings of the actor pages' own parts: the name filter of /actors (spread into `m.actors`) and, on
 * /actors/<id>, the roles chart, the related actors and the way into the timeline (spread into `m.actor`).
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const actorList = {
	filter: 'Filter by name',
	filterLabel: 'Filter the actors',
	/** The live count under the filter: every actor while it is empty, the matches once it is not. */
	matching: (n: number, total: number, filtering: boolean) =>
		filtering ? `${plural(n, 'actor', 'actors')} ${n === 1 ? 'matches' : 'match'}.` : `${plural(total, 'actor', 'actors')}.`,
	none: (q: string) => `No actor’s name matches “${q}”.`,
	clear: 'Show all actors'
};

export const actorPage = {
	/** A role with one end in the chart: "from 1983", "until 1962". */
	from: 'from',
	related: 'Related actors',
	relatedLede: (name: string) => `The actors named most often in the same events as ${name}.`,
	shared: (n: number) => plural(n, 'shared event', 'shared events')
};
