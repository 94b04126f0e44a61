/**
 * Points about the real history's records (the palermo project only): Italy's pages agree and include Ambassador
 * Lauriola's events; an actor only quoted says why it has no mark.
 */
import { test, expect } from './utils';
import { eventsOf, listed, type Graph } from './records-utils';

test('the real history: /countries, /countries/ITA, /actors and /actors/italy agree, and Italy’s events include Ambassador Lauriola’s', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	const italy = eventsOf(graph, 'ITA');
	const lauriola = graph.events.filter((e) => e.actors.includes('luigi-lauriola')).map((e) => e.id);
	expect(lauriola.length).toBeGreaterThan(0);
	for (const id of lauriola) expect(italy).toContain(id);
	expect(italy).toContain('palermo-signing-conference-2000');
	// The curators' notes stay in the data (the pages drop them: the citations test).
	expect(graph.events.some((e) => e.sources.some((c) => c.locator.includes('(note column: CONFLICT')))).toBe(true);
	await page.goto('/countries');
	await expect(page.locator('li[data-country="ITA"] [data-count]')).toHaveAttribute('data-count', String(italy.length));
	await page.goto('/actors');
	await expect(page.locator('li[data-actor="italy"] [data-count]')).toHaveAttribute('data-count', String(italy.length));
	await page.goto('/countries/ITA');
	expect(await listed(page)).toEqual(italy);
	await expect(page.locator('li[data-event-id="ahc-negotiations-1999-2004"] .role')).toContainText(['national: Luigi Lauriola (Chairman)']);
	await expect(page.locator('li[data-event-id="palermo-signing-conference-2000"] .role')).toHaveText(['host country']);
	await page.goto('/actors/italy');
	expect(await listed(page)).toEqual(italy);
	// Names from one place: the short common name, on the country's page and in the list.
	await page.goto('/countries/IRN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran');
});

test('an actor no event names says why on its page', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	const named = new Set(graph.events.flatMap((e) => e.actors));
	const quoted = graph.actors.find((a) => !named.has(a.id) && graph.quotes.some((q) => q.speaker === a.id));
	expect(quoted, 'the real history has an actor who is quoted but named by no event').toBeTruthy();
	await page.goto(`/actors/${quoted!.id}`);
	await expect(page.locator('p.no-events')).toContainText(`The sources quote ${quoted!.name}`);
	await expect(page.locator('p.no-events')).toContainText('no mark on the timeline and no entry in its actor filter');
});

