// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module 'virtual:palermo-data' {
	/** The raw text of each graph file by its path (`data/events.json`), undefined when missing. */
	const texts: Record<string, string | undefined>;
	export default texts;
}

export {};
