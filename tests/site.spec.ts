import { readFileSync } from 'node:fs';
import { test, expect, gotoHydrated } from './utils';

/** The real graph, as shipped in the built site: the tests check the pages against it. */
const graph = JSON.parse(readFileSync('build/data/graph.json', 'utf8')) as {
	events: { id: string; title: string; start: string; disputes: { topic: string }[]; links: { to: string }[] }[];
	actors: { id: string; name: string }[];
	quotes: { id: string; event?: string; text: string }[];
};
const disputed = graph.events.find((e) => e.disputes.length)!;
const quoted = graph.events.find((e) => graph.quotes.some((q) => q.event === e.id))!;
const linked = graph.events.find((e) => e.links.length)!;
const eventPages = [...new Set([graph.events[0], disputed, quoted, linked, graph.events.at(-1)!].map((e) => e.id))];

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const open = (page: import('@playwright/test').Page, url: string) => (javaScriptEnabled ? gotoHydrated(page, url) : page.goto(url));

		test('the start page says what the site is, counts the graph and leads into each part', async ({ page, checkA11y }) => {
			await open(page, '/');
			await expect(page).toHaveTitle('Palermo Timeline');
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Convention against Transnational Organized Crime/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palermo Timeline');
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.events.length} events`) })).toHaveAttribute('href', '/events');
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.actors.length} actors`) })).toHaveAttribute('href', '/actors');
			await expect(page.getByRole('link', { name: new RegExp(`^${graph.quotes.length} quotations`) })).toHaveAttribute('href', '/quotes');
			await checkA11y();
		});

		test('/events lists every event in order, grouped by year, dates at their precision', async ({ page, checkA11y }) => {
			await open(page, '/events');
			await expect(page).toHaveTitle('All events · Palermo Timeline');
			const items = page.locator('main ol.event-list > li');
			await expect(items).toHaveCount(graph.events.length);
			const titles = await items.locator('a').allTextContents();
			expect(titles).toEqual(graph.events.map((e) => e.title));
			const years = await page.locator('main section h2').allTextContents();
			expect(years).toEqual([...new Set(graph.events.map((e) => e.start.slice(0, 4)))]);
			// A year-precise date shows only the year; a day-precise one shows day, month and year.
			const yearOnly = graph.events.find((e) => e.start.length === 4 && !('end' in e));
			if (yearOnly) await expect(page.locator(`li:has(a[href="/events/${yearOnly.id}"]) time`)).toHaveText(yearOnly.start);
			await expect(page.locator('time[datetime="2000-11-15"]').first()).toHaveText('15 November 2000');
			await checkA11y();
		});

		for (const id of eventPages)
			test(`the event page /events/${id} shows the event with its sources and links`, async ({ page, checkA11y }) => {
				const event = graph.events.find((e) => e.id === id)!;
				const response = await open(page, `/events/${id}`);
				expect(response?.status()).toBe(200);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
				await expect(page).toHaveTitle(`${event.title} · Palermo Timeline`);
				await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
				await expect(page.locator('ul.citations li').first()).toContainText(',');
				if (event.disputes.length) {
					await expect(page.getByRole('heading', { name: 'Sources differ' })).toBeVisible();
					await expect(page.locator('.dispute')).toHaveCount(event.disputes.length);
				}
				for (const q of graph.quotes.filter((q) => q.event === id)) await expect(page.locator(`#quote-${q.id} blockquote`)).toHaveText(q.text);
				for (const l of event.links) await expect(page.locator(`dl.links a[href="/events/${l.to}"]`)).toBeVisible();
				await checkA11y();
			});

		test('a link shows on both events it joins', async ({ page, checkA11y }) => {
			const target = linked.links[0].to;
			await open(page, `/events/${target}`);
			await expect(page.locator(`dl.links a[href="/events/${linked.id}"]`)).toBeVisible();
		});

		test('an unknown address shows a helpful 404 page', async ({ page, checkA11y }) => {
			const response = await page.goto('/events/no-such-event');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.getByRole('link', { name: 'All events, in order' })).toBeVisible();
		});
	});
}

test('the skip link moves focus to the main content', async ({ page, checkA11y }) => {
	await gotoHydrated(page, '/events');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('pages fit a 390 px wide phone without horizontal scrolling', async ({ page, checkA11y }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const url of ['/', '/events', `/events/${disputed.id}`, '/actors', '/quotes', '/sources']) {
		await page.goto(url);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, url).toBeLessThanOrEqual(0);
	}
});

test('the print style hides navigation', async ({ page, checkA11y }) => {
	await page.goto(`/events/${quoted.id}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the whole graph is downloadable as JSON', async ({ request }) => {
	const response = await request.get('/data/graph.json');
	expect(response.ok()).toBe(true);
	const body = await response.json();
	expect(body.events).toHaveLength(graph.events.length);
	expect(Object.keys(body).sort()).toEqual(['actors', 'eras', 'events', 'quotes', 'sources', 'themes']);
});

test('actor, country, quotation and source pages are reachable from an event and pass axe', async ({ page, checkA11y }) => {
	await gotoHydrated(page, `/events/${quoted.id}`);
	const actorLink = page.locator('dl.facets a[href^="/actors/"]').first();
	const actorName = await actorLink.textContent();
	await actorLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(actorName!);
	await checkA11y();
	for (const url of ['/actors', '/countries', '/quotes', '/sources']) {
		await gotoHydrated(page, url);
		await checkA11y();
	}
});
