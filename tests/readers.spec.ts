/**
 * The timeline as readers meet it on a phone, a projector, paper and without JavaScript (issue 10), against the
 * fictional fixture treaty (tests/fixtures/treaty, ids `fx-…`).
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const TOTAL = 182;
const panel = (page: Page) => page.getByRole('complementary');
/** The buttons, fields and menus a reader can see. */
const visibleControls = (page: Page) =>
	page.locator('button, input, select').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the list starts within 120 px: the menu and the filters fold behind a button each', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		const top = (await page.locator('.list-view').boundingBox())!.y;
		expect(top).toBeLessThanOrEqual(120);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toBeVisible();
		await expect(page.getByText('Show hidden events faded')).toBeHidden();
		await page.getByRole('button', { name: 'Filters' }).click();
		await expect(page.getByText('Show hidden events faded')).toBeVisible();
		await checkA11y();
	});

	test('the list is in era chapters with their descriptions, each event with its summary, foldable', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const list = page.locator('.list-view');
		await expect(list.getByRole('heading', { level: 2 })).toHaveText([/^Congress years/, /^Drafting/, /^In force/]);
		await expect(list).toContainText('A committee drafts the accord, and the assembly adopts it (fictional).');
		const summary = list.locator('li', { has: page.locator('[data-event-id="fx-adoption"]') }).locator('.summary');
		await expect(summary).toHaveText(/^A fictional event for the tests: assembly adopts the lumen accord/);
		await list.getByLabel('Show the summaries').uncheck();
		await expect(summary).toBeHidden();
	});

	test('a filter chosen in the bottom sheet closes it, and the list shows what it filtered', async ({ page }) => {
		await gotoHydrated(page, '/timeline?event=fx-annex');
		await expect(panel(page)).toBeVisible();
		// Chile is an actor and a country: the second chip is the country.
		await panel(page).getByRole('button', { name: 'Chile', exact: true }).last().click();
		await expect(page).toHaveURL(/country=CHL/);
		await expect(panel(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
	});
});

test.describe('on a projector (1920 × 1080)', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the chart takes the width, labels are 16 px, and the open event is a sheet over the chart', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		expect((await page.locator('.chart').boundingBox())!.width).toBeGreaterThanOrEqual(1800);
		await page.locator('.chart svg [data-event-id="fx-adoption"]').click();
		await expect(panel(page)).toBeVisible();
		expect((await page.locator('.chart').boundingBox())!.width).toBeGreaterThanOrEqual(1800);
		const sizes = await page.locator('.chart [data-label-for]').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
		expect(sizes.length).toBeGreaterThan(5);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
		// The sheet lies over the chart rather than beside it.
		const [chart, sheet] = [(await page.locator('.chart').boundingBox())!, (await panel(page).boundingBox())!];
		expect(sheet.x).toBeLessThan(chart.x + chart.width);
	});
});

test.describe('on paper', () => {
	test('/timeline prints the view: no control, every mark on the page, the URL, the date, the events with summaries', async ({ page }) => {
		await gotoHydrated(page, '/timeline?theme=annexes');
		await page.locator('.print-list').waitFor({ state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		expect(await visibleControls(page)).toEqual([]);
		const width = await page.evaluate(() => document.documentElement.clientWidth);
		const boxes = await page.locator('.chart svg [data-event-id] :is(path, rect):not(.hit)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right]));
		expect(boxes.length).toBe(3);
		for (const [left, right] of boxes) expect(left >= 0 && right <= width).toBe(true);
		await expect(page.locator('.print-header')).toHaveText(/^Printed from http:\/\/127\.0\.0\.1:\d+\/timeline\?theme=annexes on \d{1,2} \w+ \d{4}$/);
		const list = page.locator('.print-list');
		await expect(list).toBeVisible();
		await expect(list.locator('[data-event-id]')).toHaveCount(3);
		await expect(list.locator('.summary').first()).toHaveText(/^A fictional event for the tests/);
		expect((await page.pdf({ preferCSSPageSize: true })).length).toBeGreaterThan(10_000);
	});

	test('/events prints each event with its summary', async ({ page }) => {
		await page.goto('/events');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.event-list .summary')).toHaveCount(TOTAL);
		await expect(page.locator('.event-list li', { hasText: 'Assembly adopts the Lumen Accord' }).locator('.summary')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

	test('a filtered link says that filters need JavaScript, shows every event, and no control that cannot work', async ({ page, checkA11y }) => {
		await page.goto('/timeline?country=NOR');
		await expect(page.locator('.no-js-note')).toContainText('the filters need JavaScript');
		await expect(page.locator('.story [data-event-id]')).toHaveCount(TOTAL);
		await expect(page.locator('.story .summary')).toHaveCount(TOTAL);
		expect(await visibleControls(page)).toEqual([]);
		await expect(page.getByText('Scroll the page as usual')).toHaveCount(0);
		await checkA11y();
	});
});

test.describe('the first visit', () => {
	test('shows a one-line "how to use", which stays dismissed and is not printed', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const hint = page.getByRole('note', { name: 'How to use the timeline' });
		await expect(hint).toContainText('Ctrl or ⌘ + wheel');
		await page.emulateMedia({ media: 'print' });
		await expect(hint).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await hint.getByRole('button', { name: 'Got it' }).click();
		await expect(hint).toHaveCount(0);
		await page.reload();
		await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(hint).toHaveCount(0);
	});
});
