/**
 * The world map on /countries: prerendered SVG that works without JavaScript, each country with a page a
 * link (by mouse and by keyboard) named with its count of events, the small states drawn as dots, axe-clean,
 * no request off the origin (the `guard` fixture), and scaled to the width of a phone. The countries and their
 * counts are read from the list below the map (the same `countryEventCounts`), never hard-coded, so the spec
 * runs on both builds.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const map = 'svg.world-map';

/** A point inside the largest linked country's shape (its box's centre may fall on a neighbour). */
async function pointInLargestCountry(page: Page) {
	return page.evaluate((sel) => {
		const shapes = [...document.querySelectorAll<SVGPathElement>(`${sel} a[data-iso3] path`)];
		const area = (p: SVGPathElement) => { const r = p.getBoundingClientRect(); return r.width * r.height; };
		const path = shapes.sort((a, b) => area(b) - area(a))[0];
		const r = path.getBoundingClientRect();
		for (let i = 1; i < 20; i++)
			for (let j = 1; j < 20; j++) {
				const x = r.left + (r.width * i) / 20, y = r.top + (r.height * j) / 20;
				if (document.elementFromPoint(x, y) === path) return { x, y, code: path.parentElement!.getAttribute('data-iso3')! };
			}
		throw new Error('no point inside the shape');
	}, map);
}

for (const javaScriptEnabled of [true, false]) {
	for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
		test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript at ${viewport.width} × ${viewport.height}`, () => {
			test.use({ javaScriptEnabled, viewport });
			test.setTimeout(60_000);
			const open = (page: Page) => (javaScriptEnabled ? gotoHydrated(page, '/countries') : page.goto('/countries'));

			test('every country with a page is a link on the map named with its events, and the map fits the width', async ({ page, checkA11y }) => {
				await open(page);
				const listed = await page.locator('ul.country-grid li[data-country]').evaluateAll((lis) =>
					lis.map((li) => ({ code: li.getAttribute('data-country')!, name: li.querySelector('a')!.textContent!.trim(), events: Number(li.querySelector('[data-count]')!.getAttribute('data-count')) }))
				);
				expect(listed.length).toBeGreaterThan(0);
				// A country is drawn once (a shape or a dot); those with a page link to it, named "Italy, 21 events".
				const linked = await page.locator(`${map} a[data-iso3]`).evaluateAll((as) => as.map((a) => ({ code: a.getAttribute('data-iso3')!, href: a.getAttribute('href'), label: a.getAttribute('aria-label') })));
				const onMap = new Set(linked.map((l) => l.code));
				expect(onMap.size).toBe(linked.length);
				const byCode = new Map(linked.map((l) => [l.code, l]));
				expect(listed.map((c) => byCode.get(c.code))).toEqual(
					listed.map((c) => ({ code: c.code, href: `/countries/${c.code}`, label: `${c.name}, ${c.events} ${c.events === 1 ? 'event' : 'events'}` }))
				);
				await expect(page.getByRole('link', { name: linked[0].label! })).toHaveAttribute('href', linked[0].href!);
				// Every listed country is on the map (the graph's countries are all current ISO states), and only those are links.
				expect(linked.length).toBe(listed.length);
				const box = (await page.locator(map).boundingBox())!;
				expect(box.width).toBeLessThanOrEqual(viewport.width);
				expect(box.width).toBeGreaterThan(viewport.width * 0.8 - 40);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
				await checkA11y();
			});

			test('clicking a country opens its page', async ({ page }) => {
				await open(page);
				const { x, y, code } = await pointInLargestCountry(page);
				const name = (await page.locator(`${map} a[data-iso3="${code}"]`).getAttribute('aria-label'))!.split(',')[0];
				await page.mouse.click(x, y);
				await expect(page).toHaveURL(new RegExp(`/countries/${code}$`));
				await expect(page.locator('h1')).toHaveText(name);
			});

			test('small states are drawn as dots, with no shape', async ({ page }) => {
				await open(page);
				for (const code of ['MCO', 'PLW', 'VAT', 'NIU']) {
					await expect(page.locator(`${map} circle[data-iso3="${code}"], ${map} a[data-iso3="${code}"] circle`)).toHaveCount(1);
					await expect(page.locator(`${map} path[data-iso3="${code}"], ${map} a[data-iso3="${code}"] path`)).toHaveCount(0);
				}
				// A dot sits inside the map's drawing box.
				const dot = (await page.locator(`${map} circle[data-iso3="MCO"], ${map} a[data-iso3="MCO"] circle`).boundingBox())!;
				const box = (await page.locator(map).boundingBox())!;
				expect(dot.x).toBeGreaterThan(box.x);
				expect(dot.x + dot.width).toBeLessThan(box.x + box.width);
			});
		});
	}

	test.describe(`keyboard, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });
		test('Tab reaches a country on the map, with a visible focus, and Enter opens its page', async ({ page }) => {
			await (javaScriptEnabled ? gotoHydrated(page, '/countries') : page.goto('/countries'));
			let code: string | null = null;
			for (let i = 0; i < 40 && !code; i++) {
				await page.keyboard.press('Tab');
				code = await page.evaluate((sel) => document.activeElement?.closest(`${sel} a[data-iso3]`)?.getAttribute('data-iso3') ?? null, map);
			}
			expect(code).not.toBeNull();
			// The focused country's outline is drawn thicker than its neighbours'.
			const width = await page.evaluate((sel) => {
				const shape = document.activeElement!.querySelector('path, circle')!;
				return parseFloat(getComputedStyle(shape).strokeWidth);
			}, map);
			expect(width).toBeGreaterThanOrEqual(2);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/countries/${code}$`));
		});
	});
}
