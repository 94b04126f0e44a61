/**
 * What an essay's components read: the events and quotations it cites (already joined at build time), the
 * sources of its notes, and a counter that numbers the notes in reading order (the list at the end uses the
 * same order, from the parsed essay).
 */
import { createContext } from 'svelte';
import type { EventRef, QuoteView } from '$lib/graph/views';

export interface EssayContext {
	events: Record<string, EventRef>;
	quotes: Record<string, QuoteView>;
	/** The next note's number: 1, 2, 3… in the order the notes render. */
	nextNote(): number;
}

export const [getEssay, setEssay] = createContext<EssayContext>();

/** A fresh context for one essay. */
export function essayContext(events: Record<string, EventRef>, quotes: Record<string, QuoteView>): EssayContext {
	let n = 0;
	return { events, quotes, nextNote: () => ++n };
}
