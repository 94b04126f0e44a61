/** /sources on the fixture treaty: what cites each source, and the order the reader picks, kept in the URL. */
import { test, expect, gotoHydrated } from './utils';

const order = (page: import('@playwright/test').Page) => page.locator('ol.bibliography > li').evaluateAll((els) => els.map((el) => el.id));

test('sorts by citations (the default), by name and by date, the choice kept in the URL', async ({ page, checkA11y }) => {
	await gotoHydrated(page, '/sources');
	// The chronicle is cited by every record, the gazette once; "The Lumen Gazette" sorts before "The Test Suite 2026"; 2026 is newer than 1966.
	expect(await order(page)).toEqual(['lumen-chronicle', 'lumen-gazette']);
	const sort = page.getByLabel('Sort by');
	await sort.selectOption('name');
	await expect.poll(() => order(page)).toEqual(['lumen-gazette', 'lumen-chronicle']);
	await expect(page).toHaveURL(/\/sources\?sort=name$/);
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect.poll(() => order(page)).toEqual(['lumen-gazette', 'lumen-chronicle']);
	await expect(sort).toHaveValue('name');
	await sort.selectOption('date');
	await expect.poll(() => order(page)).toEqual(['lumen-chronicle', 'lumen-gazette']);
	await checkA11y();
});

test('each source folds out the records that cite it, each a link', async ({ page }) => {
	await page.goto('/sources');
	const gazette = page.locator('li#lumen-gazette .cited-by');
	await expect(gazette.locator('summary')).toHaveText('Cited 1 time. By 1 event.');
	await gazette.locator('summary').click();
	await expect(gazette.getByRole('link')).toHaveText(['Signing conference, Lisbon']);
	await expect(gazette.getByRole('link')).toHaveAttribute('href', '/events/fx-signing');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the list is in its default order and the sort control is hidden', async ({ page }) => {
		await page.goto('/sources?sort=name');
		expect(await order(page)).toEqual(['lumen-chronicle', 'lumen-gazette']);
		await expect(page.getByLabel('Sort by')).toBeHidden();
	});
});
