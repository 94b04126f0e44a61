/** The essays, against the fixture treaty's two made-up essays (tests/fixtures/treaty/data/essays). */
import { test, expect, gotoHydrated } from './utils';

for (const javaScriptEnabled of [true, false])
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const open = (page: import('@playwright/test').Page, url: string) => (javaScriptEnabled ? gotoHydrated(page, url) : page.goto(url));

		test('/essays lists the essays in reading order with summaries and reading time', async ({ page, checkA11y }) => {
			await open(page, '/essays');
			await expect(page.locator('.essays h2')).toHaveText(['The keepers meet', 'Signing in Lisbon']);
			await expect(page.locator('.essays li').first()).toContainText('min read');
			await checkA11y();
		});

		test('an essay shows its events, quotation, notes, contents and next essay', async ({ page, checkA11y }) => {
			await open(page, '/essays/keepers-meet');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('The keepers meet');
			await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(['Two congresses', 'A binding text']);
			// An event named by an essay links to its page, with its date at its precision.
			const ref = page.locator('.event-ref').filter({ hasText: 'congress in Reykjavik' });
			await expect(ref.getByRole('link', { name: 'congress in Reykjavik' })).toHaveAttribute('href', '/events/fx-congress-2');
			await expect(ref.locator('time')).toHaveText('1958');
			await expect(page.locator('#quote-norway-binding blockquote')).toHaveText('Guidelines have not lit a single lamp.');
			// Notes are numbered in reading order and listed at the end, each back to its place.
			await expect(page.locator('sup.note-ref a')).toHaveText(['1', '2', '3', '4', '5']);
			await expect(page.locator('#note-3')).toContainText('chapter "fx-congress-2"');
			await expect(page.locator('#note-3 a[href="#ref-3"]')).toHaveCount(1);
			await expect(page.locator('figure.mini [data-event-id="fx-congress-1"]')).toHaveAttribute('href', '/events/fx-congress-1');
			await expect(page.getByRole('link', { name: /^Next essay/ })).toHaveAttribute('href', '/essays/signing');
			await checkA11y();
		});

		test('a disagreement between sources is marked in the essay', async ({ page }) => {
			await open(page, '/essays/signing');
			await expect(page.locator('.differ')).toContainText('Sources differ: The chronicle counts 31 signatures there');
			await expect(page.locator('.differ sup.note-ref')).toHaveCount(2);
		});

		test('an event page lists the essays and sections that cite it', async ({ page }) => {
			await open(page, '/events/fx-congress-2');
			const list = page.locator('.essay-links');
			await expect(list.getByRole('link', { name: 'The keepers meet' })).toHaveAttribute('href', '/essays/keepers-meet');
			await expect(list.getByRole('link', { name: 'Two congresses' })).toHaveAttribute('href', '/essays/keepers-meet#two-congresses');
		});

		test.describe('on a phone (390 × 844)', () => {
			test.use({ viewport: { width: 390, height: 844 } });
			test('an essay reads without sideways scrolling', async ({ page, checkA11y }) => {
				await open(page, '/essays/keepers-meet');
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				await checkA11y();
			});
		});
	});

test('"show on the timeline" opens the timeline with exactly the essay’s events highlighted, and the detail lists the essay', async ({ page, checkA11y }) => {
	await gotoHydrated(page, '/essays/keepers-meet');
	await page.getByRole('link', { name: 'Show this essay’s 4 events on the timeline' }).click();
	await expect(page).toHaveURL(/\/timeline\?essay=keepers-meet$/);
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toContainText('The keepers meet');
	const ids = await page.locator('.chart svg a.highlighted').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')).sort());
	expect(ids).toEqual(['fx-committee-1', 'fx-congress-1', 'fx-congress-2', 'fx-statement-nor']);
	await page.locator('.chart [data-event-id="fx-statement-nor"]').click();
	await expect(page.getByRole('complementary').locator('.essay-links')).toContainText('The keepers meet');
	await checkA11y();
});
