/** The strings of the world map on /countries; part of the one message module, `m.map` in `$lib/messages`. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const map = {
	label: 'World map of the countries, shaded by the number of events tied to each',
	/** A country's link on the map: its accessible name. */
	country: (name: string, events: number) => `${name}, ${plural(events, 'event', 'events')}`,
	legend: 'Events tied to the country',
	none: 'none, or not in the graph',
	range: (from: number, to?: number) => (to === undefined ? `${from} or more` : from === to ? `${from}` : `${from}–${to}`),
	point: 'too small to draw at this scale: shown as a dot',
	table: 'The same countries as a list'
};
