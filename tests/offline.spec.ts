/**
 * Offline use, against the fixture build: the service worker saves the whole site on the first visit, so
 * that afterwards every page opens with the network off (by address and by following links, pages never
 * visited included), and a new deployment replaces the saved copy once the reader asks for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';
import { offline as says } from '../src/lib/messages/offline.ts';

// Each test's first visit saves the whole site (some 660 files of the fixture build): seconds, not milliseconds.
test.describe.configure({ timeout: 60_000 });
// These tests need the worker even where the suite's other tests block it (a worker saving the whole site
// in every test's browser context only slows them down).
test.use({ serviceWorkers: 'allow' });

const notice = (page: Page) => page.locator('.offline-notice [role="status"]');
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** The first visit: the worker has saved the whole site, taken over this page, and the notice says so. */
async function firstVisit(page: Page, url = '/') {
	await gotoHydrated(page, url);
	await expect(notice(page)).toHaveText(says.saved, { timeout: 20_000 });
	await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null);
}

/** Every request of the context (the worker's own included, which `page` does not see) stays on the origin. */
function sameOrigin(context: BrowserContext, origin: string) {
	const off: string[] = [];
	context.on('request', (r) => {
		if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) off.push(r.url());
	});
	return off;
}

test('after a first visit, the start page, timeline, essays, lessons and event pages open with the network off', async ({ page, context, baseURL, checkA11y }) => {
	const off = sameOrigin(context, new URL(baseURL!).origin);
	await firstVisit(page);
	await context.setOffline(true);
	await expect(notice(page)).toHaveText(says.offline);
	await checkA11y();

	// By address: full navigations, answered by the worker from its cache.
	await gotoHydrated(page, '/timeline?span=1960-01..1967-12');
	await expect(page.locator('.chart [data-event-id="fx-adoption"]').first()).toBeVisible();
	// The search fetches its index and fuse.js on first use: saved though never requested online.
	await page.getByRole('searchbox').fill('Lisbon');
	await expect(page.getByRole('option', { name: /Signing conference, Lisbon/ })).toBeVisible();

	await gotoHydrated(page, '/essays/keepers-meet');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The keepers meet');
	await expect(notice(page)).toHaveText(says.offline);

	// By links: client-side navigations, which load each page's __data.json and code from the cache.
	await page.getByRole('link', { name: 'congress in Reykjavik' }).click();
	await expect(page).toHaveURL(/\/events\/fx-congress-2$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Reykjavik');
	await page.getByRole('link', { name: 'The keepers meet' }).first().click();
	await expect(page).toHaveURL(/\/essays\/keepers-meet$/);
	await page.getByRole('link', { name: /^Next essay/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signing in Lisbon');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
	await expect(page).toHaveURL(/\/timeline$/);
	await page.locator('.chart [data-event-id="fx-adoption"]').first().click();
	await expect(page).toHaveURL(/event=fx-adoption/);
	await expect(page.getByRole('complementary')).toContainText('Assembly adopts the Lumen Accord');

	// The classroom: the lesson list by the header's link, a lesson and its handout by theirs.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classroom' }).click();
	await expect(page).toHaveURL(/\/classroom$/);
	await page.getByRole('link', { name: 'Fixture lesson: how the keepers agreed' }).click();
	await expect(page).toHaveURL(/\/classroom\/fx-lesson-keepers$/);
	await expect(page.locator('section.step')).toHaveCount(5);
	await expect(page.locator('.lesson-timeline [data-event-id]').first()).toBeVisible();
	await gotoHydrated(page, '/classroom/fx-lesson-keepers/handout');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('how the keepers agreed');

	// An event page by address, the list of events by link and reloaded, the start page, and an address
	// the site does not have: its 404 page, with the status a host gives it.
	await gotoHydrated(page, '/events/fx-adoption');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assembly adopts the Lumen Accord');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
	await expect(page).toHaveURL(/\/events$/);
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('main li').first()).toBeVisible();
	await gotoHydrated(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lumen Timeline');
	await expect(page.locator('figure.mini [data-event-id]').first()).toBeVisible();
	const missing = await page.goto('/events/no-such-event');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

	await context.setOffline(false);
	await expect(notice(page)).toHaveText(says.backOnline);
	expect(off).toEqual([]);
});

test('the notice is one polite live region: saving, then saved, on the first visit; passing notes clear; each can be dismissed', async ({ page, context }) => {
	// Everything the live region says, in order, from the first paint on.
	await page.addInitScript(() => {
		const said: string[] = ((window as unknown as { said: string[] }).said = []);
		document.addEventListener('DOMContentLoaded', () => {
			const region = document.querySelector('.offline-notice [role="status"]');
			if (region) new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
		});
	});
	await gotoHydrated(page, '/events');
	await expect(page.locator('.offline-notice [role="status"]')).toHaveCount(1);
	await expect(page.locator('.offline-notice [role="alert"], .offline-notice [aria-live="assertive"]')).toHaveCount(0);
	await expect(notice(page)).toHaveText(says.saved, { timeout: 20_000 });
	expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([says.saving, says.saved]);
	// A passing note does not follow the reader to the next page.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actors' }).click();
	await expect(page).toHaveURL(/\/actors$/);
	await expect(notice(page)).toHaveText('');
	await context.setOffline(true);
	await expect(notice(page)).toHaveText(says.offline);
	await page.getByRole('button', { name: says.dismiss }).click();
	await expect(notice(page)).toHaveText('');
	await expect(page.getByRole('button', { name: says.dismiss })).toHaveCount(0);
});

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the offline notice fits the screen and passes axe', async ({ page, context, checkA11y }) => {
		await firstVisit(page, '/essays/keepers-meet');
		await context.setOffline(true);
		await expect(notice(page)).toHaveText(says.offline);
		const box = (await page.locator('.offline-notice').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await checkA11y();
	});
});

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * A static host of our own, on a port of its own, whose site can be replaced: `deploy(dir)` stops the
 * server and starts scripts/serve.js again on the same port with another folder, as a new deployment would.
 * Its address is the test's `baseURL`, so the house guard checks requests against it.
 */
const hosted = test.extend<{ deploy: (dir: string) => Promise<void> }>({
	baseURL: async ({}, use) => use(`http://127.0.0.1:${await freePort()}`),
	deploy: async ({ baseURL }, use) => {
		let server: ChildProcess | undefined;
		const stop = async () => {
			if (!server || server.exitCode !== null) return;
			const exited = new Promise((resolve) => server!.once('exit', resolve));
			server.kill();
			await exited;
		};
		await use(async (dir) => {
			await stop();
			server = spawn(process.execPath, ['scripts/serve.js', dir], { env: { ...process.env, PORT: new URL(baseURL!).port }, stdio: ['ignore', 'pipe', 'inherit'] });
			await new Promise<void>((resolve, reject) => {
				server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('is running at') && resolve());
				server!.once('exit', (code) => reject(new Error(`serve.js ${dir} exited with ${code}`)));
			});
		});
		await stop();
	}
});

hosted('a new build replaces the saved one when the reader asks: the new worker takes over and the old cache is deleted', async ({ page, context, deploy }, info) => {
	const build = (info.project.metadata as { build: string }).build;
	const version = (dir: string) => (JSON.parse(readFileSync(join(dir, '_app', 'version.json'), 'utf8')) as { version: string }).version;
	const before = version(build);
	const after = `${before}-next`;
	// The next deployment: the same site under another version (so its worker's bytes differ), and one
	// file changed, to see which build the cache holds.
	const next = mkdtempSync(join(tmpdir(), 'palermo-next-'));
	try {
		cpSync(build, next, { recursive: true });
		for (const file of ['service-worker.js', '_app/version.json']) writeFileSync(join(next, file), readFileSync(join(next, file), 'utf8').replaceAll(before, after));
		writeFileSync(join(next, 'robots.txt'), `${readFileSync(join(next, 'robots.txt'), 'utf8')}# next build\n`);

		await deploy(build);
		await firstVisit(page, '/essays/keepers-meet');
		expect(await cacheNames(page)).toEqual([`palermo-offline-${before}`]);

		await deploy(next);
		// The open page asks for the version file (Kit polls it): the worker fetches it, not its saved copy.
		expect(await page.evaluate(() => fetch('/_app/version.json').then((r) => r.json()))).toEqual({ version: after });
		// The reader's connection comes back: the page looks for a new worker, which saves the new build
		// beside the old one and waits, while the open page keeps the old one.
		await context.setOffline(true);
		await expect(notice(page)).toHaveText(says.offline);
		await context.setOffline(false);
		await expect(notice(page)).toHaveText(says.updateReady, { timeout: 20_000 });
		expect((await cacheNames(page)).sort()).toEqual([`palermo-offline-${before}`, `palermo-offline-${after}`]);
		expect(await page.evaluate(() => fetch('/robots.txt').then((r) => r.text()))).not.toContain('next build');
		// A page opened meanwhile is still the old build's, and offers the new one too.
		await gotoHydrated(page, '/essays/signing');
		await expect(notice(page)).toHaveText(says.updateReady);

		// The button lets the new worker take over, and the page reloads once it has.
		const reloaded = page.waitForEvent('load', { timeout: 15_000 });
		await page.getByRole('button', { name: says.reload }).click();
		await reloaded;
		await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
		await expect.poll(() => cacheNames(page)).toEqual([`palermo-offline-${after}`]);
		await expect(notice(page)).not.toHaveText(says.updateReady);
		expect(await page.evaluate(() => fetch('/_app/version.json').then((r) => r.json()))).toEqual({ version: after });

		// Offline, the pages now come from the new build.
		await context.setOffline(true);
		expect(await page.evaluate(() => fetch('/robots.txt').then((r) => r.text()))).toContain('next build');
		await gotoHydrated(page, '/timeline');
		await expect(page.locator('.chart [data-event-id]').first()).toBeVisible();
	} finally {
		rmSync(next, { recursive: true, force: true });
	}
});
