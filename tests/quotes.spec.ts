/**
 * /quotes: filters by speaker, decade and theme (the theme of the quotation's event), kept in the URL; a
 * "copy citation" per quotation; without JavaScript, every quotation and no control that cannot work.
 * Fixture ids: Ada Lamp's "lamp-every-coast" (1963, an event on the theme "keeping") and Norway's
 * "norway-binding" (1962, an event on "signals").
 */
import { test, expect, gotoHydrated } from './utils';

const item = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-quote="${id}"]`);

test.describe('with JavaScript', () => {
	test('filters by speaker, decade and theme, in the URL, and back to all', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/quotes');
		const status = page.locator('.filters [role="status"]');
		await expect(status).toHaveText('2 of 2 quotations.');
		await page.getByLabel('Speaker').selectOption('ada-lamp');
		await expect(page).toHaveURL(/\/quotes\?speaker=ada-lamp$/);
		await expect(item(page, 'lamp-every-coast')).toBeVisible();
		await expect(item(page, 'norway-binding')).toBeHidden();
		await expect(status).toHaveText('1 of 2 quotations.');
		await page.getByLabel('Theme').selectOption('signals');
		await expect(status).toHaveText('No quotation matches these filters.');
		await expect(item(page, 'lamp-every-coast')).toBeHidden();
		// No heading is left over an emptied section.
		await expect(page.getByRole('heading', { name: 'Statements, in order' })).toBeHidden();
		await checkA11y();
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(page).toHaveURL(/\/quotes$/);
		await expect(status).toHaveText('2 of 2 quotations.');
		await expect(page.getByRole('heading', { name: 'Statements, in order' })).toBeVisible();
		// A copied link reopens the same filters; an unknown value is ignored.
		await gotoHydrated(page, '/quotes?theme=signals&decade=1960&speaker=nobody');
		await expect(item(page, 'norway-binding')).toBeVisible();
		await expect(item(page, 'lamp-every-coast')).toBeHidden();
		await expect(page.getByLabel('Decade')).toHaveValue('1960');
		await expect(page.getByLabel('Speaker')).toHaveValue('');
	});

	test('copy citation puts the words, the speaker, the source and a link on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await gotoHydrated(page, '/quotes');
		await item(page, 'lamp-every-coast').getByRole('button', { name: 'Copy citation' }).click();
		await expect(item(page, 'lamp-every-coast').getByRole('status')).toHaveText('Copied.');
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toMatch(/^“.+” — Ada Lamp, March 1963\. .+, .+\. http:\/\/127\.0\.0\.1:\d+\/quotes#quote-lamp-every-coast$/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every quotation is listed and no filter or copy button shows', async ({ page, checkA11y }) => {
		await page.goto('/quotes?speaker=ada-lamp');
		await expect(item(page, 'lamp-every-coast')).toBeVisible();
		await expect(item(page, 'norway-binding')).toBeVisible();
		await expect(page.locator('form.filters')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy citation' })).toHaveCount(0);
		await checkA11y();
	});
});
