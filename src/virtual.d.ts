// The modules the data plugin (src/lib/graph/vite-plugin.ts) provides.
declare module 'virtual:palermo-data' {
	/** The raw text of each graph file by its path (`data/events.json`), undefined when missing. */
	const texts: Record<string, string | undefined>;
	export default texts;
}
