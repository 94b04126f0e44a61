/**
 * The browser-test fixture: every test fails on a console error, a page error or a request that leaves the
 * origin; the `checkA11y` fixture runs axe (WCAG 2.2 AA); `gotoHydrated` waits for hydration before interacting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A graph as the built site ships it (`/data/graph.json`), typed for what the tests read. */
export interface BuiltGraph {
	events: { id: string; title: string; start: string; end?: string; kind: string; actors: string[]; countries: string[]; themes: string[]; place?: { country?: string }; disputes: { topic: string }[]; links: { to: string; type: string }[] }[];
	actors: { id: string; name: string; kind: string }[];
	quotes: { id: string; event?: string; text: string; speaker: string }[];
	sources: { id: string; title: string }[];
}
/** The treaty's identity as its data folder holds it (`data/site.json`). */
export interface SiteData {
	name: string;
	description: string;
	lanes: { id: string; label: string; kinds: string[] }[];
	span?: { from: string; to: string };
}
/** The data folder each project's build was made from, read directly (not through the build). */
export interface Treaty {
	graph: BuiltGraph;
	site: SiteData;
	/** The number of events in the data folder's events.json, to compare the build against. */
	eventCount: number;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, include?: string) {
	// Legacy mode runs axe in the page itself: the default (runPartial) opens a blank page and injects axe a second
	// time to finish each run, which has no use here (the site has no cross-origin frames) and cost the suite a
	// third of every pass. Only the violations are read, so only they are serialised.
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	expect(summary).toEqual([]);
}

export const test = base.extend<
	{ guard: void; checkA11y: (include?: string) => Promise<void> },
	{ treaty: Treaty; stubbedPage: () => Promise<Page> }
>({
	treaty: [
		async ({}, use, info) => {
			const { build, data } = info.project.metadata as { build: string; data: string };
			const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
			await use({ graph: read(join(build, 'data', 'graph.json')), site: read(join(data, 'data', 'site.json')), eventCount: read(join(data, 'data', 'events.json')).length });
		},
		{ scope: 'worker' }
	],
	/**
	 * One page per worker, with JavaScript on but the site's own scripts stubbed out, in which `checkA11y` opens
	 * what a test without JavaScript sees. It is kept, not made per check: axe's first run in a new renderer
	 * process is two to three times slower than later ones (cold V8 on 2 busy cores). Each check navigates
	 * afresh, and only the site's scripts, stubbed here, would write storage, so no check sees another's state.
	 */
	stubbedPage: [
		async ({ browser }, use) => {
			let context: BrowserContext | undefined;
			let page: Page | undefined;
			await use(async () => {
				if (!page) {
					context = await browser.newContext({ javaScriptEnabled: true });
					page = await context.newPage();
					await page.route(/\.js($|\?)/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
				}
				return page;
			});
			await context?.close();
		},
		{ scope: 'worker' }
	],
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
	 * JavaScript: without it, the same URL opens in the worker's stubbed page (above), so axe sees the
	 * prerendered HTML exactly as a reader without JavaScript does, at the test's viewport.
	 */
	checkA11y: async ({ page, javaScriptEnabled, stubbedPage }, use) => {
		await use(async (include) => {
			if (javaScriptEnabled !== false) return axe(page, include);
			const copy = await stubbedPage();
			await copy.setViewportSize(page.viewportSize()!);
			// A goto that differs only in its #fragment would not load the document again.
			if (copy.url().split('#')[0] === page.url().split('#')[0]) await copy.goto('about:blank');
			await copy.goto(page.url());
			await axe(copy, include);
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
