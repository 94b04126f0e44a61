/**
 * The strings of the timeline as readers meet it on phones, projectors, paper and without JavaScript: the list's
 * chapters and summaries, the compact phone header, the print header, the no-JavaScript note and the
 * first-visit hint; `m.readers` in `$lib/messages`.
 */
export const readers = {
	// The list and phone views (StoryList) and the list without JavaScript (EventChapters)
	beforeEras: (label: string) => `Before “${label}”`,
	summaries: 'Summaries',
	showSummaries: 'Show the summaries',
	// The compact phone header
	menu: 'Menu',
	filters: (n: number) => (n ? `Filters (${n})` : 'Filters'),
	// Print
	printedFrom: 'Printed from',
	printedOn: (date: string) => `on ${date}`,
	printListTitle: (n: number) => `The ${n === 1 ? 'event' : `${n} events`} in this view`,
	// Without JavaScript
	noScript: 'Without JavaScript, this page shows every event: the chart’s marks and the list below link to each event’s page. Search, filters, zoom and the list view need JavaScript.',
	noScriptFilters: 'A link to this page with filters in it (for example “?country=…”) shows the full list too: the filters need JavaScript.',
	noScriptList: 'Every event',
	// The first-visit hint (UsageHint)
	hint: 'Scroll the page as usual; zoom with Ctrl or ⌘ + wheel, a pinch or the + and − buttons; drag to pan; click a mark or its label to open an event.',
	hintLabel: 'How to use the timeline',
	hintDismiss: 'Got it'
};
