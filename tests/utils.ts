/**
 * The browser-test fixture: every test fails on a console error, a page error or a request that leaves the
 * origin; the `checkA11y` fixture runs axe (WCAG 2.2 AA); `gotoHydrated` waits for hydration before interacting.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, include?: string) {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	expect(summary).toEqual([]);
}

export const test = base.extend<{ guard: void; checkA11y: (include?: string) => Promise<void> }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (m) => {
				// The browser logs a 404 document (the not-found page itself) as an error; that one is expected.
				const notFoundPage = m.text().includes('status of 404') && m.location().url === page.url();
				if (m.type() === 'error' && !notFoundPage) problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('request', (r) => {
				const url = r.url();
				if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`off-origin request: ${url}`);
			});
			await use();
			expect(problems, 'console errors and off-origin requests').toEqual([]);
		},
		{ auto: true }
	],
	/**
	 * Runs axe on the current page (or part of it) and expects no WCAG 2.2 AA violation. axe itself needs
	 * JavaScript: without it, the same URL opens in a second page whose own scripts are stubbed out, so axe
	 * sees the prerendered HTML exactly as a reader without JavaScript does.
	 */
	checkA11y: async ({ page, javaScriptEnabled, browser }, use) => {
		await use(async (include) => {
			if (javaScriptEnabled !== false) return axe(page, include);
			const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
			const copy = await context.newPage();
			await copy.route(/\.js($|\?)/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
			await copy.goto(page.url());
			try {
				await axe(copy, include);
			} finally {
				await context.close();
			}
		});
	}
});

export { expect };

/** Opens a page and waits until the app has hydrated (a click before then would be lost). */
export async function gotoHydrated(page: Page, url: string) {
	const response = await page.goto(url);
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	return response;
}
