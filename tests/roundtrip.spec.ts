/**
 * The records woven both ways, on the fixture treaty: from an essay to an event, its actor, the actor's
 * quotation and its source, and back from the source through the quotation and the event to the essay; then
 * the browser's back button retraces every step. With and without JavaScript, on a laptop and a phone; each
 * page reached passes axe (the essay itself is checked, in the same four ways, by essays.spec.ts), and the guard
 * in ./utils fails the test on a console error or an off-origin request.
 */
import { test, expect, gotoHydrated } from './utils';

const sizes = [
	{ name: '1280 × 800', viewport: { width: 1280, height: 800 } },
	{ name: '390 × 844', viewport: { width: 390, height: 844 } }
];

for (const javaScriptEnabled of [true, false])
	for (const { name, viewport } of sizes)
		test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript, ${name}`, () => {
			test.use({ javaScriptEnabled, viewport });

			test('essay → event → actor → quotation → source, back to the essay by the records’ own links, and back again by history', async ({ page, checkA11y }) => {
				test.slow(); // eleven pages and four axe passes
				const visited: { url: string; heading: string | RegExp }[] = [];
				const step = async (link: import('@playwright/test').Locator, path: RegExp, heading: string | RegExp) => {
					await link.click();
					await expect(page).toHaveURL(path);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
					visited.push({ url: page.url(), heading });
				};
				await (javaScriptEnabled ? gotoHydrated(page, '/essays/keepers-meet') : page.goto('/essays/keepers-meet'));
				visited.push({ url: page.url(), heading: 'The keepers meet' });

				// Forward: the essay names the event; the event names its actor; the actor's page holds its quotation,
				// whose source line leads to the bibliography.
				await step(page.locator('.event-ref').getByRole('link', { name: 'Norway proposes a binding accord', exact: true }), /\/events\/fx-statement-nor$/, 'Norway proposes a binding accord');
				await checkA11y();
				await step(page.locator('main').getByRole('link', { name: 'Norway', exact: true }).first(), /\/actors\/norway$/, 'Norway');
				await checkA11y();
				const quote = page.locator('#quote-norway-binding');
				await expect(quote.locator('blockquote')).toHaveText('Guidelines have not lit a single lamp.');
				await step(quote.getByRole('link', { name: 'The Test Suite 2026' }), /\/sources#lumen-chronicle$/, 'Sources');
				const entry = page.locator('li#lumen-chronicle');
				await expect(entry).toBeInViewport();
				await checkA11y();

				// Back by the records' own links: the source lists what cites it, the quotation names its event,
				// and the event lists the essays that cite it.
				await entry.locator('.cited-by summary').click();
				await step(entry.getByRole('link', { name: '“Guidelines have not lit a single lamp.” — Norway' }), /\/quotes#quote-norway-binding$/, 'Quotations');
				const card = page.locator('#quote-norway-binding');
				await expect(card).toBeInViewport();
				await checkA11y();
				await step(card.getByRole('link', { name: 'Norway proposes a binding accord' }), /\/events\/fx-statement-nor$/, 'Norway proposes a binding accord');
				await step(page.locator('.essay-links').getByRole('link', { name: 'The keepers meet', exact: true }), /\/essays\/keepers-meet$/, 'The keepers meet');

				// And the browser's history retraces every page, in order.
				for (const { url, heading } of visited.slice(0, -1).reverse()) {
					// After it renders a page whose address has a #fragment, SvelteKit moves the focus starting point there
					// in a timer (location.replace). A Back issued before that timer runs is cancelled by it and lost: on a
					// loaded machine the test pressed Back within that gap and stayed put (4 of 18 tries with the CPU slowed
					// 6×, 0 of 18 with this wait). A reader cannot be that quick. See sveltejs/kit#16982.
					if (javaScriptEnabled) await page.evaluate(() => new Promise((done) => setTimeout(done)));
					await page.goBack();
					await expect(page).toHaveURL(url);
					// The page itself, not only its address (with JavaScript the router renders it after the URL changes).
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				}
			});
		});
