/** The components an essay may use (imported into every essay by `src/lib/essays/markup.js`). */
export { default as EventRef } from './EventRef.svelte';
export { default as Quote } from './Quote.svelte';
export { default as Note } from './Note.svelte';
export { default as Differ } from './Differ.svelte';
export { default as MiniTimeline } from '$lib/components/timeline/MiniTimeline.svelte';
