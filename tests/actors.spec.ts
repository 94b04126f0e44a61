/**
 * The actor pages (issue 7 §2), against the fixture treaty: on /actors/<id> the roles chart (one bar per dated
 * role, an end the sources do not give drawn open), the related actors (most shared events first, ties by name)
 * and the way into the timeline filtered to the page's events; /actors filtered by name as you type, kept in
 * the URL; without JavaScript every actor listed and no field. Fixture ids: Ada Lamp (four roles, three dated),
 * Portugal (a state: its page lists its country's events), the Meeting of the Parties (a tie among its related).
 * Every page at 1280 × 800 and 390 × 844, with no console error, no request off the origin (the `guard`
 * fixture) and no axe violation.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated, type BuiltGraph } from './utils';
import { listed } from './records-utils';

type Actor = BuiltGraph['actors'][number] & { roles: { title: string; from?: string; to?: string }[] };
const actorOf = (graph: BuiltGraph, id: string) => graph.actors.find((a) => a.id === id) as Actor;
const TOTAL = 182;

/** Who shares events with `id`, by the page's rule, computed here from the built graph: most first, then by name. */
function relatedTo(graph: BuiltGraph, id: string) {
	const shared = new Map<string, number>();
	for (const e of graph.events) if (e.actors.includes(id)) for (const o of new Set(e.actors)) if (o !== id) shared.set(o, (shared.get(o) ?? 0) + 1);
	const name = (o: string) => graph.actors.find((a) => a.id === o)!.name;
	return [...shared].sort(([a, x], [b, y]) => y - x || name(a).localeCompare(name(b), 'en')).slice(0, 6);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const actorItems = (page: Page) => page.locator('.actor-grid > li');
const visibleIds = (page: Page) => page.locator('.actor-grid > li:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-actor')));
const group = (page: Page, kind: string) => page.locator(`section[data-kind="${kind}"]`);

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });

		test('the roles chart draws one bar per dated role, open where the sources give one end, and fits the page', async ({ page, checkA11y, treaty }) => {
			const roles = actorOf(treaty.graph, 'ada-lamp').roles;
			const dated = roles.filter((r) => r.from || r.to);
			expect([roles.length, dated.length]).toEqual([4, 3]);
			await gotoHydrated(page, '/actors/ada-lamp');
			const chart = page.locator('figure.roles-chart');
			await expect(chart).toBeVisible();
			await expect(chart).toHaveAttribute('aria-hidden', 'true');
			await expect(chart.locator('rect.bar')).toHaveCount(dated.length);
			// The list keeps every role, the undated one too: it is the chart's text.
			await expect(page.locator('ul.roles > li')).toHaveCount(roles.length);
			await expect(chart).not.toContainText('Honorary keeper');
			// Both ends given: a closed bar, its dates at their precision.
			await expect(chart.locator('li:not([data-open])')).toHaveText(['Chair, Beacon Committee March 1963 – September 1964']);
			// Only a start, or only an end: open on the side the sources do not give, running to the chart's edge.
			const from = chart.locator('li[data-open="end"]');
			const until = chart.locator('li[data-open="start"]');
			await expect(from).toHaveText('Rapporteur on unlit coasts from 1983');
			await expect(until).toHaveText('Keeper of the Cascais light until 1962');
			// The open bars fade out (a gradient of the page's), the closed one is solid.
			for (const [li, side] of [[from, 'end'], [until, 'start']] as const) {
				const fill = (await li.locator('rect.bar').getAttribute('fill'))!;
				expect(fill).toMatch(new RegExp(`^url\\(#.+-open-${side}\\)$`));
				expect(await page.evaluate((id) => document.getElementById(id)?.tagName, fill.slice(5, -1))).toBe('linearGradient');
			}
			await expect(chart.locator('li:not([data-open]) rect.bar')).not.toHaveAttribute('fill', /.+/);
			const edges = async (li: typeof from) => {
				const [bar, track] = await Promise.all([li.locator('rect.bar').boundingBox(), li.locator('svg.track').boundingBox()]);
				return { left: bar!.x - track!.x, right: track!.x + track!.width - (bar!.x + bar!.width) };
			};
			expect((await edges(from)).right).toBeLessThan(1);
			expect((await edges(from)).left).toBeGreaterThan(0);
			expect((await edges(until)).left).toBeLessThan(1);
			// In order of time, and the chart inside the page at this width.
			await expect(chart.locator('li .label')).toHaveText([/^Keeper/, /^Chair/, /^Rapporteur/]);
			const box = (await chart.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			await checkA11y();
			// No dated role, no chart.
			expect(actorOf(treaty.graph, 'portugal').roles).toEqual([]);
			await gotoHydrated(page, '/actors/portugal');
			await expect(page.locator('figure.roles-chart')).toHaveCount(0);
		});

		test('related actors: most shared events first, ties by name, each a link with its count', async ({ page, checkA11y, treaty }) => {
			for (const [id, expected] of [
				['ada-lamp', [['beacon-committee', 2], ['portugal', 1]]],
				// Chile and Norway each share one event with the Meeting of the Parties: by name.
				['parties-meeting', [['chile', 1], ['norway', 1]]]
			] as const) {
				expect(relatedTo(treaty.graph, id)).toEqual(expected);
				await gotoHydrated(page, `/actors/${id}`);
				const items = page.locator('ol.related > li');
				expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-actor')))).toEqual(expected.map(([o]) => o));
				for (const [i, [other, n]] of expected.entries()) {
					await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', `/actors/${other}`);
					await expect(items.nth(i).locator('[data-shared]')).toHaveText(new RegExp(`, ${n} shared events?$`));
				}
			}
			await checkA11y();
			await page.locator('ol.related').getByRole('link', { name: 'Chile' }).click();
			await expect(page).toHaveURL(/\/actors\/chile$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chile');
		});

		test('“on the timeline” opens /timeline filtered to exactly the events the page lists', async ({ page, treaty }) => {
			const theirs = treaty.graph.events.filter((e) => e.actors.includes('ada-lamp')).map((e) => e.id);
			await gotoHydrated(page, '/actors/ada-lamp');
			// The page lists the events that name Ada Lamp (their links, in order).
			const listedHere = await page.locator('ol.event-list > li > a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
			expect(listedHere).toEqual(theirs.map((id) => `/events/${id}`));
			await page.getByRole('link', { name: 'Show Ada Lamp’s events on the timeline' }).click();
			await expect(page).toHaveURL(/\/timeline\?actor=ada-lamp$/);
			await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
			await expect(page.locator('p.result-count')).toHaveText(`${theirs.length} of ${TOTAL} events match the filters.`);
			// The chart's marks; below 700 px the timeline opens as its list.
			const marks = page.locator(viewport.width < 700 ? '.list-view [data-event-id]:visible' : '.chart svg [data-event-id]');
			await expect(marks).toHaveCount(theirs.length);
			expect((await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).sort()).toEqual([...theirs].sort());

			// A state's page lists its country's events: the timeline's country filter shows the same ones.
			await gotoHydrated(page, '/actors/portugal');
			const events = await listed(page);
			expect(events.length).toBeGreaterThan(treaty.graph.events.filter((e) => e.actors.includes('portugal')).length);
			await page.getByRole('link', { name: 'Show Portugal’s events on the timeline' }).click();
			await expect(page).toHaveURL(/\/timeline\?country=PRT$/);
			await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
			await expect(page.locator('p.result-count')).toHaveText(`${events.length} of ${TOTAL} events match the filters.`);
			await expect(marks).toHaveCount(events.length);
			expect((await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).sort()).toEqual([...events].sort());
		});

		test('/actors filters by name as you type, in the URL, and back to all', async ({ page, checkA11y, treaty }) => {
			const total = treaty.graph.actors.length;
			await gotoHydrated(page, '/actors');
			const field = page.getByRole('searchbox', { name: 'Filter by name' });
			const status = page.locator('form.name-filter [role="status"]');
			await expect(actorItems(page)).toHaveCount(total);
			await expect(status).toHaveText(`${total} actors.`);
			// Case and accents do not matter.
			await field.pressSequentially('ÁDA');
			expect(await visibleIds(page)).toEqual(['ada-lamp']);
			await expect(status).toHaveText('1 actor matches.');
			await expect(group(page, 'person')).toBeVisible();
			await expect(group(page, 'state')).toBeHidden();
			await expect(group(page, 'un-body')).toBeHidden();
			expect(new URL(page.url()).searchParams.get('q')).toBe('ÁDA');
			// A reload (or a copied link) reopens the same filter.
			await gotoHydrated(page, page.url());
			await expect(field).toHaveValue('ÁDA');
			expect(await visibleIds(page)).toEqual(['ada-lamp']);
			// Part of a name, in two groups' worth of actors: only the states' group is left.
			await field.fill('');
			await field.pressSequentially('or');
			expect(await visibleIds(page)).toEqual(['norway', 'portugal']);
			await expect(status).toHaveText('2 actors match.');
			await expect(group(page, 'person')).toBeHidden();
			await expect(group(page, 'state')).toBeVisible();
			// Nothing matches: no group left, a message and a way back.
			await field.fill('zzz');
			expect(await visibleIds(page)).toEqual([]);
			await expect(page.locator('section[data-kind]:visible')).toHaveCount(0);
			await expect(status).toHaveText('0 actors match.');
			await expect(page.getByText('No actor’s name matches “zzz”.')).toBeVisible();
			await checkA11y();
			await page.getByRole('button', { name: 'Show all actors' }).click();
			await expect(page.locator('.actor-grid > li:visible')).toHaveCount(total);
			await expect(field).toHaveValue('');
			await expect(field).toBeFocused();
			await expect(status).toHaveText(`${total} actors.`);
			await expect(page).toHaveURL(/\/actors$/);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
		});
	});

	test.describe(`without JavaScript, at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ javaScriptEnabled: false, viewport });

		test('/actors lists every actor, even with ?q=, and shows no field', async ({ page, checkA11y, treaty }) => {
			await page.goto('/actors?q=ada');
			await expect(page.locator('.actor-grid > li:visible')).toHaveCount(treaty.graph.actors.length);
			await expect(page.locator('form.name-filter')).toBeHidden();
			await expect(page.getByRole('searchbox')).toHaveCount(0);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			await checkA11y();
		});

		test('an actor page has its roles chart, related actors and timeline link in the HTML', async ({ page, checkA11y }) => {
			await page.goto('/actors/ada-lamp');
			await expect(page.locator('figure.roles-chart rect.bar')).toHaveCount(3);
			await expect(page.locator('ol.related > li')).toHaveCount(2);
			await expect(page.getByRole('link', { name: 'Show Ada Lamp’s events on the timeline' })).toHaveAttribute('href', '/timeline?actor=ada-lamp');
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			await checkA11y();
		});
	});
}
