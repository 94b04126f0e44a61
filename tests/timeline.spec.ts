/**
 * The timeline's behaviour, against the fictional fixture treaty (tests/fixtures/treaty, ids `fx-…`): no
 * test here depends on a real event's id or wording.
 */
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const TOTAL = 182;
const mark = (page: Page, id: string) => page.locator(`.chart svg [data-event-id="${id}"]`);
const marks = (page: Page) => page.locator('.chart svg [data-event-id]');
const caption = (page: Page) => page.locator('.window');
const count = (page: Page) => page.locator('p.result-count');
const panel = (page: Page) => page.getByRole('complementary');
const chartLabel = (page: Page) => page.locator('.chart svg').getAttribute('aria-label');

async function drag(page: Page, dx: number) {
	const box = (await page.locator('.chart svg').boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + 30];
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + dx, y, { steps: 4 });
	await page.mouse.up();
}

test.describe('the timeline', () => {
	test('opens on the treaty’s initial span, each mark named, the caption and the chart agreeing; passes axe', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		await expect(count(page)).toHaveText(`${TOTAL} of ${TOTAL} events.`);
		await expect(caption(page)).toHaveText('Showing 1950–2003');
		expect(await chartLabel(page)).toMatch(/^Timeline, 1950 to 2003: /);
		await expect(mark(page, 'fx-adoption')).toHaveAttribute('aria-label', /^10 December 1965 — Assembly adopts the Lumen Accord$/);
		await expect(mark(page, 'fx-signing')).toHaveAttribute('aria-label', /\(sources differ\)$/);
		// The lanes are the fixture's own.
		await expect(page.locator('.chart .lanes text', { hasText: 'Tide Assembly' })).toHaveCount(1);
		await checkA11y();
	});

	test('zooms with the buttons and Ctrl + wheel, pans by dragging, and "Whole span" shows everything', async ({ page }) => {
		// Zoom animations are instant under reduced motion, so positions can be read at once.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(caption(page)).not.toHaveText('Showing 1950–2003');
		const x0 = (await mark(page, 'fx-review').boundingBox())!.x;
		await drag(page, 150);
		await expect.poll(async () => (await mark(page, 'fx-review').boundingBox())!.x).toBeGreaterThan(x0 + 100);
		const zoomed = await caption(page).textContent();
		const box = (await page.locator('.chart svg').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, 400);
		await page.keyboard.up('Control');
		await expect(caption(page)).not.toHaveText(zoomed!);
		await page.getByRole('button', { name: 'Whole span' }).click();
		await expect(caption(page)).toHaveText('Showing 1951–2026');
	});

	test('the window is in the URL: a link reopens it, and a reload keeps it', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline?span=1960-01..1969-12');
		await expect(caption(page)).toHaveText('Showing 1960–1969');
		expect(await chartLabel(page)).toMatch(/^Timeline, 1960 to 1969: /);
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect(page).toHaveURL(/span=195\d-\d\d\.\.197\d-\d\d/);
		const url = page.url();
		const text = await caption(page).textContent();
		await page.reload();
		await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
		await expect(caption(page)).toHaveText(text!);
		expect(page.url()).toBe(url);
	});

	test('a narrower chart (the detail opening) does not make the next drag jump', async ({ page }) => {
		await gotoHydrated(page, '/timeline?span=1960-06..1969-06');
		await mark(page, 'fx-committee-1').click();
		await expect(panel(page)).toBeVisible();
		await expect(caption(page)).toHaveText('Showing 1960–1969');
		// A 2 px drag moves the window by days (the old transform, kept at the wider width, jumped years).
		const x0 = (await mark(page, 'fx-committee-1').boundingBox())!.x;
		await drag(page, 2);
		await expect.poll(async () => (await mark(page, 'fx-committee-1').boundingBox())!.x).toBeGreaterThan(x0 + 0.5);
		expect((await mark(page, 'fx-committee-1').boundingBox())!.x).toBeLessThan(x0 + 6);
		await expect(caption(page)).toHaveText('Showing 1960–1969');
	});

	test('a copied link reopens filters, selection, span and trace; back and forward restore each', async ({ page }) => {
		await gotoHydrated(page, '/timeline?theme=keeping&event=fx-adoption&trace=1&span=1950-01..1970-12');
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Assembly adopts the Lumen Accord');
		await expect(panel(page).getByLabel('Trace back the chain of precedents')).toBeChecked();
		await expect(page.locator('.chart svg a.traced')).not.toHaveCount(0);
		await expect(caption(page)).toHaveText('Showing 1950–1970');
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Theme: Keeping the lights');

		await gotoHydrated(page, '/timeline');
		const steps: [RegExp, () => Promise<void>][] = [
			[/event=fx-signing/, () => mark(page, 'fx-signing').click()],
			[/trace=1/, () => panel(page).getByLabel('Trace back the chain of precedents').check()],
			[/span=/, () => page.getByRole('button', { name: 'Zoom in' }).click()],
			[/theme=keeping/, async () => (await page.locator('summary', { hasText: 'Theme' }).click(), await page.locator('input[name="theme"][value="keeping"]').check())]
		];
		for (const [pattern, act] of steps) {
			await act();
			await expect(page).toHaveURL(pattern);
		}
		for (const [pattern] of [...steps].reverse()) {
			await page.goBack();
			await expect(page).not.toHaveURL(pattern);
		}
		await expect(panel(page)).toBeHidden();
		for (const [pattern] of steps) {
			await page.goForward();
			await expect(page).toHaveURL(pattern);
		}
		await expect(panel(page).getByLabel('Trace back the chain of precedents')).toBeChecked();
	});

	test('facets AND across keys and OR within one, with exact counts', async ({ page }) => {
		await gotoHydrated(page, '/timeline?country=NOR&kind=treaty-action');
		await expect(count(page)).toHaveText(`1 of ${TOTAL} events match the filters.`);
		await expect(marks(page)).toHaveCount(1);
		await expect(mark(page, 'fx-ratify-nor')).toHaveCount(1);
		await gotoHydrated(page, '/timeline?country=NOR&country=ISL&kind=treaty-action');
		await expect(count(page)).toHaveText(`2 of ${TOTAL} events match the filters.`);
		await page.getByLabel('Show hidden events faded').check();
		await expect(page.locator('.chart svg a.faded').first()).toBeAttached();
		await expect(page.locator('.chart svg a:not(.faded)')).toHaveCount(2);
	});

	test('a selected event that a new filter hides is deselected', async ({ page }) => {
		await gotoHydrated(page, '/timeline?event=fx-ratify-chl');
		await expect(panel(page)).toBeVisible();
		await page.locator('summary', { hasText: 'Kind' }).click();
		await page.locator('input[name="kind"][value="cop-session"]').check();
		await expect(panel(page)).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
	});

	test('search knows the treaty’s abbreviations, lists every result on request, and a quotation opens itself', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		const box = page.getByRole('searchbox');
		// The search's results (the page has other options: the choice of links).
		const options = page.getByRole('listbox').getByRole('option');
		for (const q of ['MOP 2', 'mop2', 'MOP-2']) {
			await box.fill(q);
			await expect(options.first()).toContainText('Meeting of the Parties, second session');
		}
		await box.fill('Harbour log');
		await expect(options).toHaveCount(8);
		await page.getByRole('button', { name: 'Show all results' }).click();
		await expect(options).toHaveCount(160);
		await expect(page.getByRole('button', { name: 'Show all results' })).toHaveCount(0);
		await checkA11y();
		await box.fill('lamp that does not');
		await options.filter({ hasText: 'Every coast deserves' }).click();
		await expect(page).toHaveURL(/\/quotes#quote-lamp-every-coast$/);
		await expect(page.locator('#quote-lamp-every-coast blockquote')).toHaveText('Every coast deserves a light that does not go out.');
	});

	test('typing in the search box adds one history entry, not one per keystroke', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const before = await page.evaluate(() => history.length);
		await page.getByRole('searchbox').pressSequentially('Harbour', { delay: 30 });
		await expect(page).toHaveURL(/q=Harbour/);
		expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
	});

	test('a selected event’s links are drawn as arcs bowing above the marks they join', async ({ page }) => {
		await gotoHydrated(page, '/timeline?span=1960-01..1967-12&event=fx-adoption');
		const arcs = page.locator('.arcs path');
		await expect(arcs).toHaveCount(2);
		for (const path of await arcs.all()) {
			const box = (await path.boundingBox())!;
			const ends = await Promise.all(['fx-adoption', 'fx-signing', 'fx-committee-2'].map((id) => mark(page, id).locator('path, rect').first().boundingBox()));
			const lowest = Math.min(...ends.map((b) => b!.y + b!.height / 2));
			expect(box.y).toBeLessThan(lowest - 8);
		}
	});

	test('dense views draw the marks on a canvas, and a click on it opens the nearest event', async ({ page }) => {
		await gotoHydrated(page, '/timeline?span=2010-01..2011-12');
		const canvas = page.locator('.chart canvas');
		await expect(canvas).toHaveAttribute('data-marks', /^[1-9]\d+$/);
		const lane = (await page.locator('.chart .lanes text', { hasText: 'Background' }).boundingBox())!;
		const box = (await page.locator('.chart svg').boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.3, lane.y + lane.height + 14);
		await expect(page).toHaveURL(/event=fx-log-\d{3}/);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/^Harbour log entry \d+$/);
	});

	test('keyboard only: one tab stop, arrows in time order, Enter opens, Escape closes and returns focus, +/- zoom', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		let onMark = false;
		for (let i = 0; i < 40 && !onMark; i++) {
			await page.keyboard.press('Tab');
			onMark = await page.evaluate(() => !!document.activeElement?.closest('.chart svg [data-event-id]'));
		}
		expect(onMark).toBe(true);
		await expect(page.locator('.chart svg [data-event-id][tabindex="0"]')).toHaveCount(1);
		await page.keyboard.press('Home');
		await expect(mark(page, 'fx-congress-1')).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, 'fx-congress-2')).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, 'fx-resolution-1')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/event=fx-resolution-1/);
		await page.keyboard.press('Escape');
		await expect(panel(page)).toBeHidden();
		await expect(mark(page, 'fx-resolution-1')).toBeFocused();
		const before = await caption(page).textContent();
		await page.keyboard.press('+');
		await expect(caption(page)).not.toHaveText(before!);
	});

	test('a skip link reaches the first event in two Tab presses', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('.chart svg [data-event-id][tabindex="0"]')).toBeFocused();
	});

	test('in the list view the skip link leads to the first listed event, and its target exists', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		await page.getByRole('button', { name: 'List' }).click();
		const skip = page.getByRole('link', { name: 'Skip to the timeline' });
		const target = (await skip.getAttribute('href'))!;
		await expect(page.locator(target)).toHaveCount(1);
		await skip.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.list-view [data-event-id]').first()).toBeFocused();
	});

	test('a filter that matches nothing says so in both views and offers a way back', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?actor=chile&kind=cop-session');
		await expect(count(page)).toHaveText(`0 of ${TOTAL} events match the filters.`);
		await expect(page.locator('.chart-view').getByRole('status')).toContainText('No event matches these filters.');
		await checkA11y();
		await page.getByRole('button', { name: 'List' }).click();
		await expect(page.locator('.list-view')).toContainText('No event matches these filters.');
		await page.getByRole('button', { name: 'Timeline', exact: true }).click();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(count(page)).toHaveText(`${TOTAL} of ${TOTAL} events.`);
	});

	test('a mark previews its date, title and kind on hover, and its label opens it like the mark', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		await expect(mark(page, 'fx-adoption').locator('title')).toHaveText('10 December 1965 — Assembly adopts the Lumen Accord · General Assembly resolution');
		await page.locator('[data-label-for="fx-adoption"]').click();
		await expect(page).toHaveURL(/event=fx-adoption/);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Assembly adopts the Lumen Accord');
	});

	test('the detail’s actors filter the timeline and link to their own page', async ({ page }) => {
		await gotoHydrated(page, '/timeline?event=fx-adoption');
		const link = panel(page).getByRole('link', { name: 'Tide Assembly: its page' });
		await expect(link).toHaveAttribute('href', '/actors/tide-assembly');
		await link.click();
		await expect(page).toHaveURL(/\/actors\/tide-assembly$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tide Assembly');
	});

	test('the overview’s window stays inside its strip, even for a window that starts before the first event', async ({ page }) => {
		// The fixture's default window (site.json span) starts in 1950, a year before the strip's first event.
		await gotoHydrated(page, '/timeline');
		await expect(caption(page)).toHaveText('Showing 1950–2003');
		const strip = (await page.locator('.overview svg').boundingBox())!;
		const sel = page.locator('.overview .brush .selection');
		await expect(sel).toBeVisible();
		const box = (await sel.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(strip.x - 1);
		expect(box.x + box.width).toBeLessThanOrEqual(strip.x + strip.width + 1);
	});

	test('from the whole span, brushing the overview chooses a new window', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline');
		await page.getByRole('button', { name: 'Whole span' }).click();
		await expect(caption(page)).toHaveText('Showing 1951–2026');
		const box = (await page.locator('.overview svg').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.25, box.y + 15);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.45, box.y + 15, { steps: 4 });
		await page.mouse.up();
		await expect(caption(page)).toHaveText(/^Showing 19[6-7]\d–19[7-9]\d$/);
	});

	test('the list view shows the same filtered events and stays in sync', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?kind=cop-session');
		await page.getByRole('button', { name: 'List' }).click();
		await expect(page).toHaveURL(/view=list/);
		const items = page.locator('.story [data-event-id]');
		await expect(items).toHaveCount(5);
		await expect(page.locator('.chart')).toHaveCount(0);
		await items.first().click();
		await expect(page).toHaveURL(/event=fx-cop-1/);
		await checkA11y();
	});

	test('malformed URL parameters are ignored with a quiet notice', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?actor=nobody&span=1999..1990&event=ghost&country=nor&utm_source=x');
		const notice = page.getByRole('status').filter({ hasText: 'ignored' });
		await expect(notice).toContainText('unknown actor “nobody”');
		await expect(notice).toContainText('malformed span “1999..1990”');
		await expect(notice).toContainText('unknown event “ghost”');
		await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Country: Norway');
		await expect(caption(page)).toHaveText('Showing 1950–2003');
		await checkA11y();
	});
});

test.describe('the links of an era or a lane', () => {
	const choice = (page: Page) => page.getByLabel('Links shown');
	const list = (page: Page) => page.locator('.link-list');
	/** Each listed link as "from → to (kind)", from its two event links and its kind. */
	const lines = (page: Page) =>
		list(page).locator('li').evaluateAll((lis) => lis.map((li) => `${[...li.querySelectorAll('a')].map((a) => a.textContent).join(' → ')} ${li.querySelector('.kind')?.textContent}`));
	const DRAFTING = [
		'Beacon Committee, first session → Beacon Committee, second session (led to)',
		'Beacon Committee, second session → Assembly adopts the Lumen Accord (led to)',
		'Assembly adopts the Lumen Accord → Signing conference, Lisbon (led to)'
	];

	test('an era’s links are drawn and listed as lines, a lane’s too; back and forward restore each, and none by default', async ({ page, checkA11y }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline');
		// By default: the open event's links only, and no event is open.
		await expect(choice(page)).toHaveValue('');
		await expect(page.locator('.arcs path')).toHaveCount(0);
		await expect(list(page)).toHaveCount(0);

		await choice(page).selectOption({ label: 'Drafting' });
		await expect(page).toHaveURL(/[?&]links=era:drafting(&|$)/);
		// The chart shows the era, its three links as arcs, and the same three as lines under it.
		await expect(caption(page)).toHaveText('Showing 1963–1966');
		await expect(list(page).getByRole('heading')).toHaveText('3 links within “Drafting”');
		expect(await lines(page)).toEqual(DRAFTING);
		await expect(page.locator('.arcs path')).toHaveCount(3);
		await checkA11y();

		const caption1 = await caption(page).textContent();
		await choice(page).selectOption({ label: 'Congresses & committee' });
		await expect(page).toHaveURL(/[?&]links=lane:meetings(&|$)/);
		await expect(list(page).getByRole('heading')).toHaveText('2 links within “Congresses & committee”');
		expect(await lines(page)).toEqual(['First Keepers Congress, Bergen → Second Keepers Congress, Reykjavik (led to)', 'Beacon Committee, first session → Beacon Committee, second session (led to)']);
		await expect(caption(page)).toHaveText(caption1!);

		await page.goBack();
		await expect(page).toHaveURL(/links=era:drafting/);
		await expect(choice(page)).toHaveValue('era:drafting');
		expect(await lines(page)).toEqual(DRAFTING);
		await page.goBack();
		await expect(page).not.toHaveURL(/links=/);
		await expect(list(page)).toHaveCount(0);
		await expect(page.locator('.arcs path')).toHaveCount(0);
		await page.goForward();
		await expect(choice(page)).toHaveValue('era:drafting');
		expect(await lines(page)).toEqual(DRAFTING);
	});

	test('a listed event opens in the detail, and the list closes with its button', async ({ page }) => {
		await gotoHydrated(page, '/timeline?links=era:drafting&span=1963-01..1966-12');
		await list(page).getByRole('link', { name: 'Signing conference, Lisbon' }).click();
		await expect(page).toHaveURL(/event=fx-signing/);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Signing conference, Lisbon');
		await list(page).getByRole('button', { name: 'Hide these links' }).click();
		await expect(list(page)).toHaveCount(0);
		// The focus the button had is not lost with it: it goes to the choice that opened the list.
		await expect(choice(page)).toBeFocused();
		await expect(choice(page)).toHaveValue('');
		await expect(page).not.toHaveURL(/links=/);
		// The open event's own links are still drawn.
		await expect(page.locator('.arcs path')).toHaveCount(2);
	});

	test('a link naming an era’s links but no window opens on the era, and says so in its address', async ({ page }) => {
		await gotoHydrated(page, '/timeline?links=era:drafting');
		await expect(caption(page)).toHaveText('Showing 1963–1966');
		expect(await lines(page)).toEqual(DRAFTING);
		await expect(page.locator('.arcs path')).toHaveCount(3);
		// The first change writes the whole state, window included.
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page).toHaveURL(/[?&]links=era:drafting&span=/);
	});

	test('an old `links=all` link opens the links of the era at the middle of its window, without a notice', async ({ page }) => {
		await gotoHydrated(page, '/timeline?links=all&span=1960-01..1966-12');
		await expect(page).toHaveURL(/[?&]links=era:drafting(&|$)/);
		await expect(choice(page)).toHaveValue('era:drafting');
		expect(await lines(page)).toEqual(DRAFTING);
		await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toHaveCount(0);
	});
});

test.describe('reading the chart', () => {
	/** Every drawn label's box and every mark's, in the chart's own coordinates. */
	const boxes = (page: Page) =>
		page.locator('.chart svg[role="group"]').evaluate((svg) => {
			const box = (e: SVGGraphicsElement) => {
				const b = e.getBBox();
				return { x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
			};
			return {
				labels: [...svg.querySelectorAll<SVGTextElement>('text[data-label-for]')].map((t) => ({ id: t.dataset.labelFor!, text: t.textContent!, ...box(t) })),
				marks: [...svg.querySelectorAll<SVGAElement>('a[data-event-id]')].map((a) => ({ id: a.dataset.eventId!, bar: !!a.querySelector('rect'), ...box(a.querySelector<SVGGraphicsElement>('path, rect')!) }))
			};
		});
	const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

	test('labels use the room they have: none overlaps another label or a mark, and the selected one is whole', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const before = await boxes(page);
		expect(before.labels.length).toBeGreaterThan(10);
		for (const l of before.labels) {
			for (const k of before.labels) if (k !== l) expect(overlap(l, k), `${l.id} and ${k.id}`).toBe(false);
			for (const mk of before.marks) if (mk.id !== l.id) expect(overlap(l, mk), `label ${l.id} over mark ${mk.id}`).toBe(false);
		}
		// Each label that had to be cut is whole once its event is selected.
		const cut = before.labels.filter((l) => l.text.endsWith('…'));
		expect(cut.length, 'some labels are cut at this size').toBeGreaterThan(1);
		for (const { id } of cut) {
			await gotoHydrated(page, `/timeline?event=${id}`);
			const label = page.locator(`.chart svg text[data-label-for="${id}"]`);
			await expect(label).toHaveClass(/selected/);
			await expect(label).not.toHaveText(/…$/);
		}
	});

	test('a session drawn as a bar has its label beside the bar, never over it', async ({ page }) => {
		await gotoHydrated(page, '/timeline?span=1963-02..1963-05');
		const { labels, marks } = await boxes(page);
		const bar = marks.find((mk) => mk.id === 'fx-committee-1')!;
		expect(bar.bar).toBe(true);
		const label = labels.find((l) => l.id === 'fx-committee-1')!;
		expect(label.x0 >= bar.x1 || label.x1 <= bar.x0).toBe(true);
	});

	test('pointing at a mark, or focusing it, shows its whole title', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const { labels } = await boxes(page);
		const cut = labels.find((l) => l.text.endsWith('…'))!;
		const full = page.locator(`[data-full-label="${cut.id}"] text`);
		await expect(full).toHaveCount(0);
		await mark(page, cut.id).hover();
		await expect(full).toHaveCount(1);
		expect((await full.textContent())!.startsWith(cut.text.slice(0, -1))).toBe(true);
		expect((await full.textContent())!.length).toBeGreaterThan(cut.text.length);
		await page.mouse.move(5, 5);
		await expect(full).toHaveCount(0);
		await mark(page, cut.id).focus();
		await expect(full).toHaveCount(1);
	});

	test('a "+N" badge is a button that zooms into the events it stands for', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline?span=1950..2026');
		const badge = page.locator('[data-cluster]').first();
		const ids = (await badge.getAttribute('data-cluster'))!.split(' ');
		expect(ids.length).toBeGreaterThan(1);
		await badge.click();
		const [, from, to] = /^Timeline, (\d{4}) to (\d{4})/.exec((await chartLabel(page))!)!.map(Number);
		expect(from).toBeGreaterThanOrEqual(2009);
		expect(to).toBeLessThanOrEqual(2012);
		await expect(page).toHaveURL(/span=2009/);
	});

	test('eras are focusable: their description shows, and Enter or a click zooms to them', async ({ page, checkA11y }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoHydrated(page, '/timeline');
		const drafting = page.locator('[data-era="drafting"]');
		await drafting.focus();
		await expect(page.locator('.era-note')).toHaveText('Drafting (1963 – February 1966): A committee drafts the accord, and the assembly adopts it (fictional).');
		await checkA11y();
		await page.keyboard.press('Enter');
		expect(await chartLabel(page)).toMatch(/^Timeline, 1963 to 1966/);
		await page.getByRole('button', { name: 'Whole span' }).click();
		await page.locator('[data-era="congress-years"]').click();
		// The era (1950–1962), within the graph's extent (from 1951).
		expect(await chartLabel(page)).toMatch(/^Timeline, 1951 to 1962/);
		await page.locator('[data-era="congress-years"]').blur();
		await expect(page.locator('.era-note')).toHaveCount(0);
	});
});

test.describe('a link with a view in it', () => {
	/** Loads `url` with the scripts held back, so the prerendered page is what is on screen; returns the release. */
	async function beforeScripts(page: Page, url: string) {
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => (await held, route.continue()));
		await page.goto(url, { waitUntil: 'commit' });
		await page.locator('#timeline-chart .chart svg').waitFor({ state: 'attached' });
		return release;
	}

	test('never paints the wrong marks: a filtered link shows none until its filter is applied', async ({ page }) => {
		const release = await beforeScripts(page, '/timeline?actor=chile');
		await expect(page.locator('#timeline-chart .chart svg')).toBeHidden();
		await expect(page.locator('.list-view')).toBeHidden();
		release();
		await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator('#timeline-chart .chart svg')).toBeVisible();
		await expect(marks(page)).toHaveCount(3);
		await expect(count(page)).toHaveText(`3 of ${TOTAL} events match the filters.`);
	});

	test('a plain /timeline paints its prerendered marks at once', async ({ page }) => {
		const release = await beforeScripts(page, '/timeline');
		await expect(page.locator('#timeline-chart .chart svg')).toBeVisible();
		release();
	});
});

test.describe('two timelines on one page', () => {
	test('work independently, with no duplicate ids', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline/compare');
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		const [first, second] = [page.locator('section.period').nth(0), page.locator('section.period').nth(1)];
		const secondLabel = await second.locator('svg').getAttribute('aria-label');
		await first.locator('[data-event-id="fx-adoption"]').click();
		await expect(first.locator('.chosen')).toContainText('Assembly adopts the Lumen Accord');
		await expect(second.locator('.chosen')).not.toContainText('Assembly adopts');
		await first.locator('[data-event-id="fx-adoption"]').focus();
		const firstLabel = (await first.locator('svg').getAttribute('aria-label'))!;
		await page.keyboard.press('+');
		await expect(first.locator('svg')).not.toHaveAttribute('aria-label', firstLabel);
		await expect(second.locator('svg')).toHaveAttribute('aria-label', secondLabel!);
		await checkA11y();
	});
});

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the timeline is vertical and never scrolls sideways', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?theme=annexes');
		await expect(page.locator('.chart')).toHaveCount(0);
		await expect(page.locator('.story [data-event-id]')).toHaveCount(3);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.locator('.story [data-event-id="fx-annex"]').click();
		await expect(panel(page)).toBeVisible();
		await checkA11y();
	});

	test('the links of an era are listed above the vertical timeline', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		await expect(page.locator('.link-list')).toHaveCount(0);
		await page.getByLabel('Links shown').selectOption({ label: 'Congress years' });
		await expect(page).toHaveURL(/links=era:congress-years/);
		const list = page.locator('.list-view .link-list');
		await expect(list.getByRole('heading')).toHaveText('2 links within “Congress years”');
		await expect(list.locator('li').first().getByRole('link')).toHaveText(['First Keepers Congress, Bergen', 'Second Keepers Congress, Reykjavik']);
		expect((await list.boundingBox())!.width).toBeLessThanOrEqual(390);
		await list.getByRole('link', { name: 'Assembly resolution on shared beacons' }).click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Assembly resolution on shared beacons');
	});

	test('trace back shows the chain of precedents as a numbered list, oldest first', async ({ page }) => {
		await gotoHydrated(page, '/timeline?event=fx-adoption');
		await panel(page).getByLabel('Trace back the chain of precedents').check();
		await expect(page).toHaveURL(/trace=1/);
		const chain = panel(page).getByRole('list', { name: /^The chain of precedents/ }).getByRole('listitem');
		await expect(chain).toHaveText([
			/^First Keepers Congress, Bergen/,
			/^Second Keepers Congress, Reykjavik/,
			/^Assembly resolution on shared beacons/,
			/^Norway proposes a binding accord/,
			/^Beacon Committee, first session/,
			/^Beacon Committee, second session/,
			'Assembly adopts the Lumen Accord'
		]);
		await chain.first().getByRole('button').click();
		await expect(page).toHaveURL(/event=fx-congress-1/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
	test('the prerendered chart fits the window: every mark inside it, the caption and the chart agreeing', async ({ page, checkA11y }) => {
		await page.goto('/timeline');
		const chart = (await page.locator('.chart').boundingBox())!;
		expect(chart.x + chart.width).toBeLessThanOrEqual(800);
		const boxes = await page.locator('.chart svg [data-event-id] :is(path, rect):not(.hit)').evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right])
		);
		expect(boxes.length).toBeGreaterThan(15);
		for (const [left, right] of boxes) {
			expect(left).toBeGreaterThanOrEqual(chart.x - 1);
			expect(right).toBeLessThanOrEqual(chart.x + chart.width + 1);
		}
		await expect(caption(page)).toHaveText('Showing 1950–2003');
		expect(await chartLabel(page)).toMatch(/^Timeline, 1950 to 2003: /);
		await expect(mark(page, 'fx-adoption')).toHaveAttribute('href', '/events/fx-adoption');
		await expect(page.locator('.story [data-event-id]')).toHaveCount(TOTAL);
		await checkA11y();
	});
});

test.describe('answering at once (issue 11)', () => {
	test('a click shows the detail’s kind, title and date before /api/events/<id>.json answers, then the full record', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/api/events/fx-adoption.json', async (route) => (await held, route.continue()));
		await mark(page, 'fx-adoption').click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Assembly adopts the Lumen Accord');
		await expect(panel(page).locator('.when')).not.toBeEmpty();
		await expect(panel(page).getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
		// The URL and the focus follow the frame that shows the detail.
		await expect(page).toHaveURL(/event=fx-adoption/);
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
		release();
		await expect(panel(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
	});
});
