// The modules the data plugin (src/lib/graph/vite-plugin.ts) provides.
declare module 'virtual:palermo-data' {
	/** The raw text of each graph file by its path (`data/events.json`), undefined when missing. */
	const texts: Record<string, string | undefined>;
	export default texts;
}

declare module 'virtual:palermo-essays' {
	/** A loader for each essay, by its path (`data/essays/01-soft-law-era.md`): the component mdsvex compiles. */
	const essays: Record<string, () => Promise<{ default: import('svelte').Component }>>;
	export default essays;
}
