import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const graph = JSON.parse(readFileSync('build/data/graph.json', 'utf8')) as {
	events: { id: string; title: string; start: string; kind: string; actors: string[]; countries: string[]; themes: string[]; links: { to: string; type: string }[] }[];
};
const total = graph.events.length;
const byId = new Map(graph.events.map((e) => [e.id, e]));
// An event with links both ways, to test arcs and tracing.
const adoption = byId.get('ga-adopts-convention-2000')!;
const linkedBothWays = graph.events.filter((e) => e.start >= '1975' && e.links.length && graph.events.some((o) => o.links.some((l) => l.to === e.id)))[0];
const incoming = (id: string) => graph.events.filter((o) => o.links.some((l) => l.to === id)).length;

const mark = (page: Page, id: string) => page.locator(`.chart svg [data-event-id="${id}"]`);
const marks = (page: Page) => page.locator('.chart svg [data-event-id]');
const windowText = (page: Page) => page.locator('.window').textContent();
const countText = (page: Page) => page.locator('p.result-count');
type GraphEvent = (typeof graph.events)[number];
const facetValues = (e: GraphEvent, key: 'actor' | 'country' | 'kind' | 'theme') =>
	key === 'kind' ? [e.kind] : key === 'actor' ? e.actors : key === 'country' ? e.countries : e.themes;

test.describe('the timeline', () => {
	test('draws every event as a mark with an accessible name, and passes axe', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		await expect(countText(page)).toHaveText(`${total} of ${total} events.`);
		await expect(mark(page, adoption.id)).toHaveAttribute('aria-label', /^15 November 2000 — /);
		expect(await marks(page).count()).toBeGreaterThan(total * 0.8);
		await checkA11y();
	});

	test('zooms with the buttons and the wheel, and pans by dragging', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const before = await windowText(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page.locator('.window')).not.toHaveText(before!);
		const x0 = (await mark(page, adoption.id).boundingBox())!.x;
		const box = (await page.locator('.chart svg').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 200, box.y + 60, { steps: 5 });
		await page.mouse.up();
		await expect.poll(async () => (await mark(page, adoption.id).boundingBox())?.x ?? -1e9).toBeLessThan(x0 - 100);
		const zoomed = await windowText(page);
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		await page.mouse.wheel(0, 400);
		await expect(page.locator('.window')).not.toHaveText(zoomed!);
		await page.getByRole('button', { name: 'Whole span' }).click();
		await expect(page.locator('.window')).toHaveText(/Showing 19\d\d–20\d\d/);
	});

	test('the ticks adapt from years to months when zoomed in', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page.locator('.axis text', { hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/ }).first()).toBeVisible();
	});

	test('brushing the overview sets the visible window', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		await page.locator('.overview').scrollIntoViewIfNeeded();
		const box = (await page.locator('.overview svg').boundingBox())!;
		// The initial window covers 1969 on; brushing a new selection over the 1950s and 60s shows just those years.
		await page.mouse.move(box.x + box.width * 0.02, box.y + 15);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.18, box.y + 15, { steps: 4 });
		await page.mouse.up();
		await expect(page.locator('.window')).toHaveText(/Showing 195\d–19[56]\d/);
		await expect(page.locator('.overview .selection')).toHaveAttribute('width', /^\d/);
	});

	test('selecting an event opens its detail and draws its links as arcs; tracing highlights precedents', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		const target = linkedBothWays;
		await mark(page, target.id).click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${target.id}`));
		const panel = page.getByRole('complementary', { name: target.title });
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
		await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.locator('.arcs path')).toHaveCount(target.links.length + incoming(target.id));
		await expect(page.getByRole('list', { name: 'Kinds of link' })).toBeVisible();
		await panel.getByLabel('Trace back the chain of precedents').check();
		await expect(page.locator('.chart svg a.traced').first()).toBeAttached();
		await checkA11y();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
	});

	test('the detail panel links to linked events and filters by an actor', async ({ page }) => {
		const withActor = graph.events.find((e) => e.actors.length && e.links.length)!;
		await gotoHydrated(page, `/timeline?event=${withActor.id}`);
		const panel = page.getByRole('complementary', { name: withActor.title });
		await panel.locator('.chips button').first().click();
		await expect(page).toHaveURL(/[?&]actor=/);
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Actor:');
	});

	for (const [key, label, pick] of [
		['actor', 'Actor', (e: (typeof graph.events)[number]) => e.actors[0]],
		['country', 'Country', (e: (typeof graph.events)[number]) => e.countries[0]],
		['kind', 'Kind', (e: (typeof graph.events)[number]) => e.kind],
		['theme', 'Theme', (e: (typeof graph.events)[number]) => e.themes[0]]
	] as const)
		test(`the ${key} facet filters the marks and shows its counts`, async ({ page }) => {
			await gotoHydrated(page, '/timeline');
			const value = pick(graph.events.find((e) => pick(e))!)!;
			const expected = graph.events.filter((e) => facetValues(e, key).includes(value)).length;
			await page.locator('summary', { hasText: label }).click();
			const box = page.locator(`input[name="${key}"][value="${value}"]`);
			await expect(box.locator('xpath=..').locator('.count')).toHaveText(String(expected));
			await box.check();
			await expect(page).toHaveURL(new RegExp(`[?&]${key}=${encodeURIComponent(value)}`));
			await expect(countText(page)).toHaveText(`${expected} of ${total} events match the filters.`);
			// The chart draws only matching events (those in its window); the list view holds every one.
			for (const id of await marks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')!)))
				expect(facetValues(byId.get(id)!, key)).toContain(value);
			await page.keyboard.press('Escape');
			await expect(page.locator(`input[name="${key}"]`)).toHaveCount(0);
			await page.getByRole('button', { name: 'List' }).click();
			await expect(page.locator('.story [data-event-id]')).toHaveCount(expected);
			await page.getByRole('button', { name: new RegExp(`^Remove the filter ${label}:`) }).click();
			await expect(countText(page)).toHaveText(`${total} of ${total} events.`);
		});

	test('combined filters AND across facets and OR within one; hidden events can be shown faded', async ({ page }) => {
		await gotoHydrated(page, '/timeline?country=ITA&kind=cop-session&kind=signing-conference');
		const expected = graph.events.filter((e) => (e.countries.includes('ITA')) && ['cop-session', 'signing-conference'].includes(e.kind));
		const ids = await page.locator('.chart svg [data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
		// Countries in the graph include the place's country; the page counts both.
		expect(ids.length).toBeGreaterThanOrEqual(expected.length);
		for (const id of ids) expect(['cop-session', 'signing-conference']).toContain(byId.get(id!)!.kind);
		await page.getByLabel('Show hidden events faded').check();
		await expect(page.locator('.chart svg a.faded').first()).toBeAttached();
		await expect(page).toHaveURL(/faded=1/);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(countText(page)).toHaveText(`${total} of ${total} events.`);
	});

	test('the year range filters by overlap', async ({ page }) => {
		await gotoHydrated(page, '/timeline?from=1999&to=2000');
		const n = graph.events.filter((e) => Number(e.start.slice(0, 4)) <= 2000 && Number(((e as { end?: string }).end ?? e.start).slice(0, 4)) >= 1999).length;
		await expect(countText(page)).toHaveText(`${n} of ${total} events match the filters.`);
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Years: 1999–2000');
	});

	test('the URL round-trips: a link reopens the view, and back/forward walk through the changes', async ({ page }) => {
		await gotoHydrated(page, `/timeline?kind=cop-session&event=${byId.get('cop-9-2018') ? 'cop-9-2018' : adoption.id}`);
		await expect(page.getByRole('complementary')).toBeVisible();
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Kind:');
		await page.locator('summary', { hasText: 'Theme' }).click();
		await page.locator('input[name="theme"]:not([disabled])').first().check();
		await expect(page).toHaveURL(/theme=/);
		await page.goBack();
		await expect(page).not.toHaveURL(/theme=/);
		await expect(page.getByRole('list', { name: 'Active filters' })).not.toContainText('Theme:');
		await page.goForward();
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Theme:');
	});

	test('a link with its parameters in any order opens the same view, rewritten to the canonical URL', async ({ page }) => {
		await gotoHydrated(page, `/timeline?event=${adoption.id}&faded=1&country=ITA`);
		await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(adoption.title);
		await expect(countText(page)).toHaveText(/match the filters\.$/);
		await expect(page).toHaveURL(new RegExp(`\\?country=ITA&event=${adoption.id}&faded=1$`));
		// Rewriting the arrival URL adds no history entry.
		expect(await page.evaluate(() => history.length)).toBe(2);
	});

	test('malformed URL parameters are ignored with a quiet notice', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?actor=nobody&from=19x4&event=ghost&country=ita&utm_source=x');
		const notice = page.getByRole('status').filter({ hasText: 'ignored' });
		await expect(notice).toContainText('unknown actor “nobody”');
		await expect(notice).toContainText('malformed year “19x4”');
		await expect(notice).toContainText('unknown event “ghost”');
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Country:');
		await checkA11y();
	});

	test('search finds events, actors and quotations, and choosing a result focuses the timeline on it', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const box = page.getByRole('searchbox', { name: /Search events/ });
		await box.fill('Palermo');
		const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
		await expect(results.first()).toBeVisible();
		await box.press('ArrowDown');
		await expect(results.first()).toHaveAttribute('aria-selected', 'true');
		const title = (await results.first().locator('.title').textContent())!;
		await box.press('Enter');
		await expect(page).toHaveURL(/[?&](event|actor)=/);
		if (/event=/.test(page.url())) await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
		expect(title.length).toBeGreaterThan(2);
		await expect(page).toHaveURL(/q=Palermo/);
	});

	test('keyboard only: Tab reaches the marks, arrows move in time order, Enter opens, Escape closes, +/- zoom, Home/End', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		// Tab from the top of the page until the focus lands on a mark: exactly one mark is a tab stop.
		let onMark = false;
		for (let i = 0; i < 40 && !onMark; i++) {
			await page.keyboard.press('Tab');
			onMark = await page.evaluate(() => !!document.activeElement?.closest('.chart svg [data-event-id]'));
		}
		expect(onMark).toBe(true);
		expect(await page.locator('.chart svg [data-event-id][tabindex="0"]').count()).toBe(1);
		await page.keyboard.press('Home');
		const firstId = graph.events[0].id;
		await expect(mark(page, firstId)).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, graph.events[1].id)).toBeFocused();
		await page.keyboard.press('End');
		await expect(mark(page, graph.events.at(-1)!.id)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		const id = graph.events.at(-2)!.id;
		await expect(mark(page, id)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`event=${id}`));
		await expect(page.getByRole('complementary')).toBeVisible();
		await mark(page, id).focus();
		const before = await windowText(page);
		await page.keyboard.press('+');
		await expect(page.locator('.window')).not.toHaveText(before!);
		await page.keyboard.press('-');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('complementary')).toBeHidden();
	});

	test('the list view shows the same filtered events and stays in sync', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?kind=cop-session');
		await page.getByRole('button', { name: 'List' }).click();
		await expect(page).toHaveURL(/view=list/);
		const items = page.locator('.story [data-event-id]');
		const n = graph.events.filter((e) => e.kind === 'cop-session').length;
		await expect(items).toHaveCount(n);
		await expect(page.locator('.chart')).toHaveCount(0);
		await items.first().click();
		await expect(page).toHaveURL(/event=/);
		await checkA11y();
		await page.getByRole('button', { name: 'Remove the filter Kind: Conference of the Parties session' }).click();
		await expect(items).toHaveCount(total);
	});
});

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the timeline is vertical, with sticky years and the current era, and never scrolls sideways', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		await expect(page.locator('.chart')).toHaveCount(0);
		await expect(page.locator('.story [data-event-id]')).toHaveCount(total);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('#story-y2000').scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 300);
		await expect(page.locator('.story-head .year')).toHaveText(/^20\d\d$/);
		await expect(page.locator('.story-head .era')).not.toBeEmpty();
		await page.locator('.story [data-event-id]').nth(5).click();
		await expect(page.getByRole('complementary')).toBeVisible();
		await checkA11y();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered timeline shows every event as a link, in the chart and in the list', async ({ page, checkA11y }) => {
		await page.goto('/timeline');
		await expect(mark(page, adoption.id)).toHaveAttribute('href', `/events/${adoption.id}`);
		await expect(page.locator('.story [data-event-id]')).toHaveCount(total);
		await checkA11y();
	});
});
