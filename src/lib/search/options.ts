/** The search documents' shape and the fuse.js options: what the client needs, without the graph's modules. */
export type DocType = 'event' | 'actor' | 'quote' | 'source';

export interface SearchDoc {
	type: DocType;
	id: string;
	title: string;
	/** Shown under the title in the results. */
	detail: string;
	/** Searched, not shown. */
	text: string;
	/** The event to focus when the result is chosen, if any. */
	event?: string;
	/** The actor to filter by when the result is chosen, if any. */
	actor?: string;
}

export const searchKeys = [
	{ name: 'title', weight: 2 },
	{ name: 'text', weight: 1 }
];

export const fuseOptions = { keys: searchKeys, threshold: 0.3, ignoreLocation: true, includeMatches: false, minMatchCharLength: 2 };
