/**
 * Every string the interface shows, in one place: the step before translations. Components import `m`
 * and never write a user-facing string of their own. (The treaty's own words — names, lanes, families,
 * link labels — are data, in `data/site.json`.)
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const m = {
	skipToContent: 'Skip to content',
	nav: { label: 'Main', timeline: 'Timeline', events: 'Events', actors: 'Actors', countries: 'Countries', quotes: 'Quotations', sources: 'Sources' },
	notFoundTitle: 'Page not found',
	notFoundDescription: (site: string) => `There is no page at this address on ${site}.`,
	errorTitle: 'Error',
	errorDescription: (site: string) => `Something went wrong on ${site}.`,
	errorFallback: 'Something went wrong.',
	backHome: 'Back to the start page',
	explore: 'Explore',
	turningPoints: 'Turning points',
	cards: {
		events: (n: number) => `${n} events`,
		eventsNote: (a: number, b: number) => `in order, ${a}–${b}`,
		actors: (n: number) => `${n} actors`,
		actorsNote: 'negotiators, officials, states, UN bodies',
		quotes: (n: number) => `${n} quotations`,
		quotesNote: 'verbatim, each with its source',
		countries: 'Countries',
		countriesNote: 'what each state did, and when',
		sources: (n: number) => `${n} sources`,
		sourcesNote: 'where every fact comes from'
	},
	skipToTimeline: 'Skip to the timeline',
	timeline: 'Timeline',
	timelineDescription: 'An interactive timeline: filter by actor, country, kind and theme, search, zoom, and follow the links between events.',
	chart: 'Timeline chart',
	list: 'List',
	viewGroup: 'View',
	zoomGroup: 'Zoom',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	wholeSpan: 'Whole span',
	showAllLinks: 'Show all links',
	showing: (from: number, to: number) => `Showing ${from}–${to}`,
	chartLabel: (from: number, to: number, n: number) =>
		`Timeline, ${from} to ${to}: ${plural(n, 'event', 'events')}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.`,
	miniLabel: (from: number, to: number, n: number) => `Timeline, ${from} to ${to}: ${plural(n, 'event', 'events')}.`,
	openInTimeline: (from: number, to: number) => `Open ${from}–${to} in the timeline`,
	sourcesDiffer: 'sources differ',
	count: (shown: number, total: number, filtered: boolean) => `${shown} of ${plural(total, 'event', 'events')}${filtered ? ' match the filters' : ''}.`,
	noMatch: 'No event matches these filters.',
	clearFilters: 'Clear filters',
	ignored: (parts: string[]) => `Some parts of this link were not understood and were ignored: ${parts.join('; ')}.`,
	dismiss: 'Dismiss',
	clusterLabel: (n: number) => `${n} more events here`,
	compareTitle: 'Compare two periods',
	compareHint: 'Choose an event in this timeline to name it here.',
	backToTimeline: 'Back to the timeline',
	compareDescription: 'Two timelines side by side on one page, each with its own window and selection.'
} as const;
