/**
 * Hardening: the Content-Security-Policy holds on every page type (no violation, the page still hydrates),
 * and a path with malformed percent-encoding ends on the 404 page without an uncaught error.
 * The `test` fixture (tests/utils.ts) also fails on any console error, page error or off-origin request.
 */
import { readFileSync } from 'node:fs';
import { test as unguarded, type Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const graph = JSON.parse(readFileSync('build/data/graph.json', 'utf8')) as {
	events: { id: string; countries: string[] }[];
	actors: { id: string }[];
};
const event = graph.events[0].id;
const actor = graph.actors[0].id;
const country = graph.events.find((e) => e.countries.length)!.countries[0];

/** Collects every `securitypolicyviolation` in the page, from before its first script runs. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test.describe('Content-Security-Policy', () => {
	const pages = [
		'/',
		'/timeline',
		'/events',
		`/events/${event}`,
		'/actors',
		`/actors/${actor}`,
		'/countries',
		`/countries/${country}`,
		'/quotes',
		'/sources',
		'/essays',
		'/essays/vienna-negotiation',
		'/timeline/compare',
		'/no-such-page'
	];
	for (const path of pages)
		test(`${path}: no violation, and the page hydrates under both the header and the meta policy`, async ({ page }) => {
			const violations = await watchCsp(page);
			const response = await gotoHydrated(page, path);
			expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);

			// Both policies apply: the header (from static/_headers) and the page's own meta tag with its script hashes.
			const header = response?.headers()['content-security-policy'] ?? '';
			expect(header).toContain("default-src 'self'");
			expect(header).toContain("frame-ancestors 'none'");
			const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
			expect(meta).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
			for (const policy of [header, meta]) {
				expect(policy).not.toContain('unsafe-eval');
				expect(policy).toContain("object-src 'none'");
				expect(policy).toContain("base-uri 'self'");
			}
			expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);

			await page.waitForLoadState('networkidle');
			expect(await violations()).toEqual([]);
		});

	// Without the guard of tests/utils.ts: the browser logs the refusal this test provokes as a console error.
	unguarded('an inline script the build did not hash is blocked', async ({ page }) => {
		const violations = await watchCsp(page);
		await gotoHydrated(page, '/events');
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
	});
});

test.describe('malformed percent-encoding in a path', () => {
	for (const path of ['/events/%E0%A4%Aga-consultation-1997', '/events/crime-congress-11-bangkok-2005%', '/actors/%%'])
		test(`${path} shows the 404 page and hydrates, with no page error`, async ({ page }) => {
			const response = await gotoHydrated(page, path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			// The router still works from here: a link on the 404 page navigates client-side.
			await page.getByRole('link', { name: 'All events, in order' }).click();
			await expect(page).toHaveURL(/\/events$/);
		});
});
