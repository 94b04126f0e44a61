/**
 * The record pages agree with each other: a country's page, its state's actor page, /countries and /actors
 * count and list the same events; every page names a country the same way; citations show once, without the
 * curators' notes; the bibliography is typeset. Each expectation is computed from the built graph
 * (`/data/graph.json`, read by the `treaty` fixture), never from hard-coded counts; the fixture treaty's ids
 * (Portugal, its national Ada Lamp) are used for behaviour, the real history only where the point is its data.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';
import { publicLocator } from '../src/lib/components/records/citations';
import { eventsOf, listed, stateCountry, type Graph } from './records-utils';

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const open = (page: Page, url: string) => (javaScriptEnabled ? gotoHydrated(page, url) : page.goto(url));

		test('a country’s page lists every event tied to it once, with its part in each, and passes axe', async ({ page, checkA11y, treaty }) => {
			const graph = treaty.graph as Graph;
			const { state, code, events } = stateCountry(graph);
			await open(page, `/countries/${code}`);
			expect(await listed(page)).toEqual(events);
			await expect(page.locator('p.lede')).toHaveAttribute('data-count', String(events.length));
			await expect(page.getByRole('link', { name: `${state.name} as an actor` })).toHaveAttribute('href', `/actors/${state.id}`);
			// Each event's roles come from its record: where it was held, the state, the country's people.
			for (const id of events) {
				const e = graph.events.find((x) => x.id === id)!;
				const roles = page.locator(`ol.country-events > li[data-event-id="${id}"] .role`);
				if (e.place?.country === code) await expect(roles.filter({ hasText: /^(host country|in .+)$/ })).toHaveCount(1);
				await expect(roles.filter({ hasText: /^the state$/ })).toHaveCount(e.actors.includes(state.id) ? 1 : 0);
				for (const person of graph.actors.filter((a) => a.kind === 'person' && a.country === code && e.actors.includes(a.id)))
					await expect(roles.getByRole('link', { name: new RegExp(`^national: ${person.name}`) })).toHaveAttribute('href', `/actors/${person.id}`);
			}
			await checkA11y();
		});

		test('a state’s actor page lists the same events as its country’s page and links to it', async ({ page, treaty }) => {
			const { state, code, events } = stateCountry(treaty.graph as Graph);
			await open(page, `/actors/${state.id}`);
			expect(await listed(page)).toEqual(events);
			await expect(page.locator('main').getByRole('link', { name: /country page/ })).toHaveAttribute('href', `/countries/${code}`);
		});
	});
}

test('/countries and /actors give each country and its state the count their pages list', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	await page.goto('/countries');
	const codes = [...new Set([...graph.events.flatMap((e) => [...e.countries, ...(e.place?.country ? [e.place.country] : [])]), ...graph.actors.flatMap((a) => (a.country ? [a.country] : []))])];
	await expect(page.locator('.country-grid > li')).toHaveCount(codes.length);
	for (const code of codes) await expect(page.locator(`li[data-country="${code}"] [data-count]`), code).toHaveAttribute('data-count', String(eventsOf(graph, code).length));
	await page.goto('/actors');
	for (const state of graph.actors.filter((a) => a.kind === 'state' && a.country))
		await expect(page.locator(`li[data-actor="${state.id}"] [data-count]`), state.id).toHaveAttribute('data-count', String(eventsOf(graph, state.country!).length));
});

test('a country has one name on every page: its state actor’s, its page’s and the list’s', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	const states = graph.actors.filter((a) => a.kind === 'state' && a.country);
	await page.goto('/countries');
	for (const s of states) await expect(page.locator(`li[data-country="${s.country}"] > a`)).toHaveText(s.name);
	const { state, code } = stateCountry(graph);
	await page.goto(`/countries/${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(state.name);
	// An event placed in the country names it the same way in its place line.
	const placed = graph.events.find((e) => e.place?.country === code);
	if (placed) {
		await page.goto(`/events/${placed.id}`);
		await expect(page.locator('.when .place')).toContainText(state.name);
	}
});

test('citations show once, sources of one locator on one line, and never a curator’s note', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	// The event whose citations most need it: a curator's note, else shared locators, else any.
	const score = (e: Graph['events'][number]) => e.sources.filter((c) => /column:/.test(c.locator)).length * 100 + (e.sources.length - new Set(e.sources.map((c) => c.locator)).size);
	const event = [...graph.events].sort((a, b) => score(b) - score(a))[0];
	await page.goto(`/events/${event.id}`);
	const lines = page.locator('ul.citations > li');
	const locators = [...new Set(event.sources.map((c) => publicLocator(c.locator)))];
	await expect(lines).toHaveCount(locators.length);
	for (const [i, locator] of locators.entries()) {
		await expect(lines.nth(i).locator('.locator')).toHaveText(locator);
		const sources = [...new Set(event.sources.filter((c) => publicLocator(c.locator) === locator).map((c) => c.source))];
		expect(await lines.nth(i).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sources.map((s) => `/sources#${s}`));
	}
	await expect(page.locator('main')).not.toContainText('column:');
});

test('the bibliography is typeset: volume and issue spaced, dates padded and formatted, page ranges with an en dash', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	await page.goto('/sources');
	const text = (await page.locator('ol.bibliography').textContent())!;
	expect(text).not.toMatch(/\b\d{4}-\d(?!\d)/);
	for (const s of graph.sources) {
		const entry = page.locator(`li[id="${s.id}"]`);
		const parts = s.issued?.['date-parts'][0];
		if (parts) {
			const iso = [String(parts[0]), ...parts.slice(1).map((n) => String(n).padStart(2, '0'))].join('-');
			await expect(entry.locator(':scope > time'), s.id).toHaveAttribute('datetime', iso);
		}
		if (s.volume && s.issue) await expect(entry, s.id).toContainText(`${s.volume} (${s.issue})`);
		if (s.page?.includes('-')) await expect(entry, s.id).toContainText(s.page.replace('-', '–'));
	}
});

test('the timeline’s country filter finds the events the country’s page lists (its state, nationals and what it hosted)', async ({ page, treaty }) => {
	const graph = treaty.graph as Graph;
	const { code, events } = stateCountry(graph);
	// The country's nationals' events are among them: otherwise this test would not tell the definitions apart.
	const nationals = new Set(graph.actors.filter((a) => a.country === code && a.kind !== 'state').map((a) => a.id));
	expect(graph.events.some((e) => !e.countries.includes(code) && e.actors.some((id) => nationals.has(id)))).toBe(true);
	await gotoHydrated(page, `/timeline?country=${code}`);
	await expect(page.locator('p.result-count')).toHaveText(`${events.length} of ${graph.events.length} events match the filters.`);
});
