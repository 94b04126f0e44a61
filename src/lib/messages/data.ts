/** The strings of the /data page (the data model and the downloads); `m.data` in `$lib/messages`. */
export const data = {
	title: 'The data',
	description: (site: string) => `The data behind ${site}: every file, field by field, and downloads as JSON, CSV, TimelineJS and BibTeX.`,
	lede: 'Everything on this site is built from a few JSON files, checked against one schema. Take the data with you in the format your tool reads, or bring events back in.',
	downloads: 'Downloads',
	file: 'File',
	format: 'Format',
	size: 'Size',
	use: 'What it is for',
	holds: 'What it holds',
	/** A file's size in bytes, as kB (1000 bytes) with one decimal under 10 kB. */
	bytes: (n: number) => (n < 1000 ? `${n} bytes` : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)} kB`),
	purpose: {
		graph: 'The whole graph as validated — events, actors, quotations, sources, eras and themes — for your own scripts and notebooks.',
		events: 'One row per event for a spreadsheet: sort, filter and chart the events, or edit them and import them back.',
		quotes: 'One row per quotation, with its speaker, date and source, for a spreadsheet.',
		timelinejs: 'Load into TimelineJS, or paste into its Google Sheets workflow: one slide per event, the eras as bands.',
		csl: 'The sources as CSL-JSON, for Zotero or any citation processor.',
		bibtex: 'The sources as BibTeX, for LaTeX or a reference manager; each key is the source’s id.'
	} as Record<string, string>,
	csvTitle: 'The spreadsheets',
	csvText: [
		'Columns are named by the field they hold, ids first, in the order of the model below; a nested field is named by its path (place.city).',
		'Lists (actors, countries, themes, links) are joined with “; ”; a link is its type and the other event’s id. Citations are one per line of their cell, as “source-id: locator”, because a locator may itself contain “; ”.',
		'Dates are written as in the data, at their precision: 1994, 1998-02 or 2000-11-15. Disputes and the notes on links are in the JSON only.'
	],
	importTitle: 'Bringing events in',
	importText: 'Two commands turn a file into candidate events in the format of events.json, printed as JSON, and list what the validator says of each (the file, the id, the field and the fault). Review them before adding them to data/events.json.',
	importTimelinejs: 'reads a TimelineJS 3 JSON file, such as the one above.',
	importCsv: 'reads a spreadsheet saved as CSV: the columns of events.csv, or those of TimelineJS’s Google Sheet (Year, Month, Day, End Year, End Month, End Day, Headline, Text, Group).',
	modelTitle: 'The data model',
	modelText: 'Each file holds a list of records. The fields below are read from the schema the site is checked against, so they are always those of the data.',
	field: 'Field',
	type: 'Type',
	required: 'Required',
	yes: 'required',
	no: 'optional',
	fieldsOf: (file: string) => `The fields of ${file}`
};
