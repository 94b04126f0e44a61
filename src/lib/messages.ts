/**
 * Every string the interface shows, in one place: the step before translations. Components import `m`
 * and never write a user-facing string of their own. (The treaty's own words — names, lanes, families,
 * link labels — are data, in `data/site.json`.)
 */
import { offline } from './messages/offline.ts';
import { readers } from './messages/readers.ts';
import { handout } from './messages/handout.ts';
import { builder } from './messages/builder.ts';
import { classroom } from './messages/classroom.ts';
import { data } from './messages/data.ts';
import { map } from './messages/records.ts';
import { actorList, actorPage } from './messages/actors.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "a" or "an", by the word's first letter. */
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
/** "Find an actor", "Find a country": the facet's label, in lower case, after the right article. */
const findA = (label: string) => `Find ${article(label)} ${label.toLowerCase()}`;
/** "A", "A and B", "A, B and C". */
const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const m = {
	skipToContent: 'Skip to content',
	nav: { label: 'Main', timeline: 'Timeline', essays: 'Essays', events: 'Events', actors: 'Actors', countries: 'Countries', quotes: 'Quotations', sources: 'Sources', classroom: 'Classroom' },
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
	/** The links listed and drawn beyond the open event's: an era's or a lane's (LinkScope, LinkList). */
	links: {
		label: 'Links shown',
		open: 'The open event’s',
		eras: 'Within an era',
		lanes: 'Within a lane',
		heading: (scope: string, n: number) => `${n === 1 ? 'One link' : `${n} links`} within “${scope}”`,
		none: 'No two events shown here are linked.',
		close: 'Hide these links'
	},
	showing: (from: number, to: number) => `Showing ${from}–${to}`,
	chartLabel: (from: number, to: number, n: number) =>
		`Timeline, ${from} to ${to}: ${plural(n, 'event', 'events')}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.`,
	eraOngoing: ' onwards',
	eraLabel: (label: string, years: string, description: string) => `Era: ${label}, ${years}. ${description} Press Enter to show it.`,
	miniLabel: (from: number, to: number, n: number) => `Timeline, ${from} to ${to}: ${plural(n, 'event', 'events')}.`,
	openInTimeline: (from: number, to: number) => `Open ${from}–${to} in the timeline`,
	openActorInTimeline: 'Open these events in the timeline',
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
	compareDescription: 'Two timelines side by side on one page, each with its own window and selection.',

	/** The site's footer. */
	footer: {
		text: 'Every fact on this site cites its source with a locator; quotations are verbatim. Where sources disagree, the site says so.',
		sources: 'Sources',
		download: 'The data and downloads'
	},
	/** The "page not found" message (its title is `notFoundTitle`). */
	notFound: {
		text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
		home: 'The start page',
		events: 'All events, in order',
		actors: 'Actors',
		countries: 'countries',
		and: 'and',
		quotes: 'quotations'
	},
	/** A quotation's caption (QuoteCard). */
	quote: {
		see: 'See',
		source: 'Source:',
		citedAs: (as: string) => `(cited there as ${as})`
	},
	/** A "Sources differ" notice (DisputeNotice). */
	dispute: {
		label: (topic: string) => `Sources differ: ${topic}`,
		flag: 'Sources differ:'
	},
	/** The names of the four facets, in the filters and the chips of active filters. */
	facets: { actor: 'Actor', country: 'Country', kind: 'Kind', theme: 'Theme' },
	/** One facet's list of checkboxes (FacetFilter). */
	facet: {
		filterBy: (label: string) => `Filter by ${label.toLowerCase()}`,
		find: findA,
		findPlaceholder: (label: string) => `${findA(label)}…`
	},
	/** The timeline's filter bar (FilterBar). */
	filters: {
		yearRange: 'Year range',
		from: 'From',
		to: 'to',
		faded: 'Show hidden events faded'
	},
	/** The chips of active filters (FilterChips). */
	chips: {
		label: 'Active filters',
		remove: (facet: string, value: string) => `Remove the filter ${facet}: ${value}`,
		years: 'Years:',
		removeYears: (years: string) => `Remove the year filter ${years}`,
		clearAll: 'Clear all'
	},
	/** The timeline's legend (Legend). */
	legend: {
		title: 'Legend',
		kinds: 'Kinds of event',
		sessions: 'Sessions with an end date (when zoomed in)',
		links: 'Kinds of link'
	},
	/** The search box (SearchBox). */
	search: {
		label: 'Search events, actors, quotations and sources',
		placeholder: 'Search events, people, quotations…',
		types: { event: 'Event', actor: 'Actor', quote: 'Quotation', source: 'Source' },
		loading: 'Loading the search index…',
		unavailable: 'Search is unavailable.',
		results: (n: number) => (n ? `${plural(n, 'result', 'results')}; use the arrow keys to move through ${n === 1 ? 'it' : 'them'}.` : 'No results.'),
		resultsLabel: 'Search results',
		failed: 'Search could not be loaded; the filters still work.',
		showAll: 'Show all results'
	},
	/** The selected event's detail beside the timeline (DetailPanel). */
	detail: {
		chain: (title: string) => `The chain of precedents of ${title}, oldest first`,
		noChain: 'No earlier event leads to this one in the graph.',
		close: 'Close the event detail',
		loading: 'Loading the event…',
		actors: 'Actors',
		actorsHint: '(choose one to filter)',
		page: 'page',
		actorPage: (name: string) => `${name}: its page`,
		countryPage: (name: string) => `${name}: its page`,
		countries: 'Countries',
		links: 'Linked events',
		trace: 'Trace back the chain of precedents',
		sources: 'Sources',
		failed: (reason: string) => `The detail could not be loaded (${reason}).`,
		openPage: 'Open the event’s page',
		permalink: 'Permalink: the event’s own page'
	},
	/** /events: every event, by year. */
	events: {
		title: 'All events',
		description: (site: string) => `Every event on ${site}, in chronological order, grouped by year.`,
		lede: (n: number, from: number, to: number) =>
			`${plural(n, 'event', 'events')} in chronological order, from ${from} to ${to}. Dates are given as precisely as the sources give them.`,
		years: 'Years'
	},
	/** /events/<id>: one event. */
	event: {
		onTimeline: 'Show this event on the timeline',
		description: (date: string, summary: string) => `${date}: ${summary}`,
		differ: 'Sources differ on this event',
		actors: 'Actors',
		countries: 'Countries',
		themes: 'Themes',
		disputes: 'Sources differ',
		quotes: 'In their words',
		links: 'Linked events',
		sources: 'Sources',
		prevNext: 'Previous and next event',
		year: (year: number) => `All events in ${year}`
	},
	/** /actors: every actor, by kind. */
	actors: {
		title: 'Actors',
		description: (site: string) => `The people, states, UN bodies and organisations on ${site}.`,
		lede: 'The negotiators, officials, heads of state and government, states, groups of states and UN bodies who appear in the history.',
		/** A heading per kind of actor (the kinds of `$lib/graph/vocab`). */
		groups: { person: 'People', state: 'States', 'un-body': 'UN bodies', organisation: 'Organisations', 'group-of-states': 'Groups of states' },
		counts: (events: number, quotes: number) =>
			`${plural(events, 'event', 'events')}${quotes ? `, ${plural(quotes, 'quotation', 'quotations')}` : ''}`,
		...actorList
	},
	/** /actors/<id>: one actor. */
	actor: {
		description: (site: string, name: string, summary: string) => `${name} on ${site}: ${summary}`,
		roles: 'Roles',
		until: 'until',
		events: 'Events',
		noEvents: (name: string) => `No event in the graph names ${name} yet.`,
		quotes: 'Quotations',
		sources: 'Sources',
		...actorPage
	},
	/** /countries: every country. */
	countries: {
		title: 'Countries',
		description: (site: string) => `The states on ${site}, and the events each took part in or hosted.`,
		lede: (n: number) => `The ${plural(n, 'country', 'countries')} that the sources tie to an event or an actor.`,
		events: (n: number) => plural(n, 'event', 'events')
	},
	/** /countries/<iso3>: one country. */
	country: {
		description: (site: string, name: string, events: number) => `${name} on ${site}: ${plural(events, 'event', 'events')}.`,
		eyebrow: 'Country',
		actors: (name: string) => `Actors from ${name}`,
		events: 'Events',
		noEvents: (name: string) => `No event in the graph is tied to ${name}; it appears through its actors above.`
	},
	/** /quotes: every quotation. */
	quotes: {
		title: 'Quotations',
		description: (site: string) => `What the negotiators, officials and leaders on ${site} said, verbatim, each with its source.`,
		lede: (n: number) => `${plural(n, 'quotation', 'quotations')}, copied verbatim from the sources; “…” marks an omission.`,
		dated: 'Statements, in order',
		undated: 'Looking back: interviews',
		filters: 'Filter the quotations',
		filter: { speaker: 'Speaker', decade: 'Decade', theme: 'Theme' },
		all: 'All',
		decade: (d: string) => (d === 'undated' ? 'Undated' : `${d}s`),
		clear: 'Show all',
		count: (n: number, total: number) => `${n} of ${plural(total, 'quotation', 'quotations')}.`,
		none: 'No quotation matches these filters.',
		copy: 'Copy citation',
		copied: 'Copied.',
		copyFailed: 'This browser did not allow copying; select the text instead.',
		/** The undated quotations, named by the sources they come from ("Tennant 2021"). */
		undatedNote: (sources: string[]) =>
			`Participants and officials interviewed for ${listOf(sources)}; ${sources.length === 1 ? 'the source does' : 'the sources do'} not date the interviews.`
	},
	/** /sources: the bibliography. */
	sources: {
		title: 'Sources',
		description: (site: string) => `The sources every fact on ${site} comes from, with the number of citations of each.`,
		lede: 'Every event, role and quotation on this site cites one of these sources with a locator: a section heading, an interview note number, or a row of the project’s table of checked facts, which records the public page each fact was read from.',
		download: 'The whole bibliography, to load into a reference manager:',
		csl: 'CSL-JSON',
		bibtex: 'BibTeX',
		aboutData: 'about the downloads',
		pages: (pages: string) => `pp. ${pages}`,
		number: (n: string) => `UN document ${n}.`,
		cited: (n: number) => `Cited ${plural(n, 'time', 'times')}.`,
		citedBy: (events: number, quotes: number, actors: number) =>
			`By ${[events && plural(events, 'event', 'events'), quotes && plural(quotes, 'quotation', 'quotations'), actors && plural(actors, 'actor', 'actors')].filter(Boolean).join(', ')}.`,
		events: 'Events',
		quotes: 'Quotations',
		actors: 'Actors (their summaries and roles)',
		quoteOf: (opening: string, speaker: string) => `“${opening}” — ${speaker}`,
		sort: 'Sort by',
		sorts: { cited: 'most cited', name: 'name (A–Z)', date: 'date of publication (newest first)' }
	},
	/** The essays: the list, one essay and its components. */
	essay: {
		listTitle: 'Essays',
		listDescription: (site: string) => `The story told on ${site} as essays in reading order, every fact with a numbered note.`,
		listLede: 'The history in order, as essays to read from start to end. Every factual sentence carries a numbered note with its source and locator; where the sources disagree, the essay says so.',
		readingTime: (words: number) => `${Math.max(1, Math.round(words / 220))} min read`,
		contents: 'Contents',
		notes: 'Notes',
		backToText: (n: number) => `Back to the text of note ${n}`,
		note: (n: number) => `Note ${n}`,
		onTimeline: (title: string) => `${title} on the timeline`,
		timelineShort: 'timeline',
		sourcesDiffer: 'Sources differ:',
		showOnTimeline: (n: number) => `Show this essay’s ${plural(n, 'event', 'events')} on the timeline`,
		previous: 'Previous essay',
		next: 'Next essay',
		all: 'All essays',
		citedIn: 'In the essays',
		mentioning: 'In the essays',
		section: (essay: string, section: string) => `${essay}, “${section}”`,
		highlighted: (title: string) => `Highlighted: the events of the essay “${title}”.`,
		clearHighlight: 'Clear the highlight'
	},
	// The classroom's strings live beside this file, one file per part, each owned by one part of the site.
	classroom,
	handout,
	builder,
	offline,
	map,
	/** The record pages' shared parts: a country's dossier (also on its state's actor page), a country's part in an event, and why an actor has no event. */
	records: {
		dossier: {
			lede: (name: string, n: number) =>
				`${plural(n, 'event', 'events')} tied to ${name}: those that name the state, its people or its institutions, and those held there. Each is listed once, with ${name}’s part in it.`,
			stateLink: (name: string) => `${name} as an actor`,
			onTimeline: (name: string) => `Show ${name}’s events on the timeline`,
			glance: 'At a glance',
			hosted: 'Host country of',
			treatyActions: 'Treaty actions',
			members: (name: string) => `People and institutions from ${name}`,
			memberEvents: (n: number) => (n ? plural(n, 'event', 'events') : 'no event'),
			events: 'Events',
			quotes: 'In their words',
			noEvents: (name: string) => `No event in the graph is tied to ${name}; it appears through the people and institutions above.`,
			/** On a state's actor page, above the country's events. */
			stateNote: (name: string) =>
				`The events tied to ${name} as a country — naming the state, its people or its institutions, or held there — each with ${name}’s part in it.`,
			countryPage: (name: string) => `${name}’s country page: the same events, its people, the offices they held and their quotations`
		},
		/** A country's part in an event (the roles of `countryRoles` in $lib/graph/views). */
		role: {
			label: (name: string) => `${name}’s part`,
			host: 'host country',
			place: (name: string) => `in ${name}`,
			state: 'the state',
			named: 'named',
			national: (person: string, offices: string[]) => `national: ${person}${offices.length ? ` (${offices.join(', ')})` : ''}`,
			institution: (body: string) => `institution: ${body}`
		},
		/** Between the last two sources that cite one locator: "A, B and C, row 15". */
		and: 'and',
		/** Why an actor has no event (on the actor's page). */
		noEvents: (name: string, quotes: number, bodyOf: string[]) =>
			`No event in the graph names ${name}. ${
				quotes
					? `The sources quote ${name} (${plural(quotes, 'quotation', 'quotations')}, below)`
					: bodyOf.length
						? `${name} appears as the body in which ${listOf(bodyOf)} served`
						: `The sources name ${name}`
			}, but none of them places ${name} at one of the graph’s events; so ${name} has no mark on the timeline and no entry in its actor filter.`
	},
	readers,
	data
} as const;
