/**
 * The record pages, against whichever treaty the project built (the real history and the fixture): each
 * test reads that treaty's data folder and graph and checks the pages against them.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated, type BuiltGraph } from './utils';
import { formatDate } from '../src/lib/graph/format';

const samples = (graph: BuiltGraph) => {
	const disputed = graph.events.find((e) => e.disputes.length)!;
	const quoted = graph.events.find((e) => graph.quotes.some((q) => q.event === e.id))!;
	const linked = graph.events.find((e) => e.links.length)!;
	return { disputed, quoted, linked, pages: [...new Set([graph.events[0], disputed, quoted, linked, graph.events.at(-1)!].map((e) => e.id))] };
};

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const open = (page: Page, url: string) => (javaScriptEnabled ? gotoHydrated(page, url) : page.goto(url));

		test('the start page says what the site is, counts the graph and leads into each part', async ({ page, checkA11y, treaty }) => {
			const { graph, site } = treaty;
			await open(page, '/');
			await expect(page).toHaveTitle(site.name);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', site.description);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.name);
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.events.length} events`) })).toHaveAttribute('href', '/events');
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.actors.length} actors`) })).toHaveAttribute('href', '/actors');
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.quotes.length} quotations`) })).toHaveAttribute('href', '/quotes');
			// The span of the history as a static mini timeline: each mark a link, the whole a link into the timeline.
			const [first, last] = [graph.events[0].start.slice(0, 4), graph.events.at(-1)!.start.slice(0, 4)];
			const mini = page.locator('figure.mini');
			await expect(mini.getByRole('link', { name: `Open ${first}–${last} in the timeline` })).toHaveAttribute('href', `/timeline?from=${first}&to=${last}`);
			const event = graph.events[0];
			await expect(mini.locator(`a[data-event-id="${event.id}"]`)).toHaveAttribute('href', `/events/${event.id}`);
			await expect(mini.locator('[tabindex="-1"], [tabindex="0"]')).toHaveCount(0);
			await checkA11y();
		});

		test('/events lists every event in order, grouped by year, dates at their precision', async ({ page, checkA11y, treaty }) => {
			const { graph, site } = treaty;
			await open(page, '/events');
			await expect(page).toHaveTitle(`All events · ${site.name}`);
			const items = page.locator('main ol.event-list > li');
			await expect(items).toHaveCount(graph.events.length);
			expect(await items.locator('a').allTextContents()).toEqual(graph.events.map((e) => e.title));
			expect(await page.locator('main section h2').allTextContents()).toEqual([...new Set(graph.events.map((e) => e.start.slice(0, 4)))]);
			// A year-precise date shows only the year; a day-precise one shows day, month and year.
			const yearOnly = graph.events.find((e) => e.start.length === 4 && !e.end)!;
			await expect(page.locator(`li:has(a[href="/events/${yearOnly.id}"]) time`).first()).toHaveText(yearOnly.start);
			const dayOnly = graph.events.find((e) => e.start.length === 10 && !e.end)!;
			await expect(page.locator(`time[datetime="${dayOnly.start}"]`).first()).toHaveText(formatDate(dayOnly.start));
			await checkA11y();
		});

		test('event pages show the event with its sources, disputes, quotations and links, both ways', async ({ page, checkA11y, treaty }) => {
			const { graph, site } = treaty;
			const { pages, linked, disputed } = samples(graph);
			for (const id of pages) {
				const event = graph.events.find((e) => e.id === id)!;
				const response = await open(page, `/events/${id}`);
				expect(response?.status()).toBe(200);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
				await expect(page).toHaveTitle(`${event.title} · ${site.name}`);
				await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
				await expect(page.locator('ul.citations li').first()).toContainText(',');
				await expect(page.getByRole('heading', { name: 'Sources differ' })).toHaveCount(event.disputes.length ? 1 : 0);
				await expect(page.locator('.dispute')).toHaveCount(event.disputes.length);
				for (const q of graph.quotes.filter((q) => q.event === id)) await expect(page.locator(`#quote-${q.id} blockquote`)).toHaveText(q.text);
				for (const l of event.links) await expect(page.locator(`dl.links a[href="/events/${l.to}"]`)).toBeVisible();
			}
			// axe once for the page type, on a page with a dispute.
			await open(page, `/events/${disputed.id}`);
			await checkA11y();
			await open(page, `/events/${linked.links[0].to}`);
			await expect(page.locator(`dl.links a[href="/events/${linked.id}"]`)).toBeVisible();
		});

		test('an actor page draws a mini timeline of just the actor’s events, linking into the filtered timeline', async ({ page, treaty }) => {
			const { graph } = treaty;
			// The actor with the most events: their span holds other events too, which the mini timeline must leave out.
			const countOf = (id: string) => graph.events.filter((e) => e.actors.includes(id)).length;
			const actor = [...graph.actors].sort((a, b) => countOf(b.id) - countOf(a.id))[0];
			const theirs = graph.events.filter((e) => e.actors.includes(actor.id)).map((e) => e.id);
			const [first, last] = [theirs[0], theirs.at(-1)!].map((id) => graph.events.find((e) => e.id === id)!.start);
			expect(graph.events.some((e) => e.start > first && e.start < last && !theirs.includes(e.id))).toBe(true);
			await open(page, `/actors/${actor.id}`);
			const mini = page.locator('figure.mini');
			await expect(mini.getByRole('link', { name: 'Open these events in the timeline' })).toHaveAttribute('href', `/timeline?actor=${actor.id}`);
			const drawn = await mini.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!));
			expect(drawn.length).toBeGreaterThan(0);
			for (const id of drawn) expect(theirs).toContain(id);
		});

		test('an unknown address shows a helpful 404 page', async ({ page, checkA11y }) => {
			const response = await page.goto('/events/no-such-event');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.getByRole('link', { name: 'All events, in order' })).toBeVisible();
			await checkA11y();
		});
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await gotoHydrated(page, '/events');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('pages fit a 390 px wide phone without horizontal scrolling', async ({ page, treaty }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const url of ['/', '/events', `/events/${samples(treaty.graph).disputed.id}`, '/actors', '/quotes', '/sources']) {
		await page.goto(url);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, url).toBeLessThanOrEqual(0);
	}
});

test('the print style hides navigation', async ({ page, treaty }) => {
	await page.goto(`/events/${samples(treaty.graph).quoted.id}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the whole graph is downloadable as JSON, with every event of the data folder', async ({ request, treaty }) => {
	const response = await request.get('/data/graph.json');
	expect(response.ok()).toBe(true);
	const body = await response.json();
	// Compared with the data folder itself, not with the build's own copy.
	expect(body.events).toHaveLength(treaty.eventCount);
	expect(Object.keys(body).sort()).toEqual(['actors', 'eras', 'events', 'quotes', 'sources', 'themes']);
});

test('an actor page is reachable from an event and passes axe', async ({ page, checkA11y, treaty }) => {
	await gotoHydrated(page, `/events/${samples(treaty.graph).quoted.id}`);
	const actorLink = page.locator('dl.facets a[href^="/actors/"]').first();
	const actorName = await actorLink.textContent();
	await actorLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(actorName!);
	await checkA11y();
});

// The index pages in one page, one step each: axe's first run in a fresh renderer is two to three times slower
// than the ones after it, so three pages in one test cost less than three tests. /countries is checked by
// map.spec.ts, in the same state and more ways (with and without JavaScript, laptop and phone).
test('the index pages of actors, quotations and sources pass axe', async ({ page, checkA11y }) => {
	for (const url of ['/actors', '/quotes', '/sources'])
		await test.step(url, async () => {
			await gotoHydrated(page, url);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await checkA11y();
		});
});
