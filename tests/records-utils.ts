/** What the record tests compute from the built graph: a country's events by the pages' definition, and the listed ids. */
import type { Page } from '@playwright/test';
import type { BuiltGraph } from './utils';

export type Graph = Omit<BuiltGraph, 'actors' | 'events' | 'sources'> & {
	actors: (BuiltGraph['actors'][number] & { country?: string })[];
	events: (BuiltGraph['events'][number] & { sources: { source: string; locator: string }[]; place?: { country?: string } })[];
	sources: (BuiltGraph['sources'][number] & { volume?: string; issue?: string; page?: string; issued?: { 'date-parts': number[][] } })[];
};

/** A country's events by the definition the pages promise: naming it, placed in it, or naming one of its actors. */
export function eventsOf(graph: Graph, code: string): string[] {
	const ofCountry = new Set(graph.actors.filter((a) => a.country === code).map((a) => a.id));
	return graph.events.filter((e) => e.countries.includes(code) || e.place?.country === code || e.actors.some((id) => ofCountry.has(id))).map((e) => e.id);
}
/**
 * The country whose state is an actor too and which has people of its own, with the most events (Portugal and
 * its national Ada Lamp in the fixture, Italy in the real history).
 */
export function stateCountry(graph: Graph) {
	const people = new Set(graph.actors.filter((a) => a.kind === 'person' && a.country).map((a) => a.country));
	const states = graph.actors.filter((a) => a.kind === 'state' && a.country && people.has(a.country));
	const state = states.sort((a, b) => eventsOf(graph, b.country!).length - eventsOf(graph, a.country!).length)[0];
	return { state, code: state.country!, events: eventsOf(graph, state.country!) };
}
export const listed = (page: Page, list = 'ol.country-events') => page.locator(`${list} > li`).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));

