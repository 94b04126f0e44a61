/**
 * The timeline as readers meet it on a phone, a projector, paper and without JavaScript (issue 10), against the
 * fictional fixture treaty (tests/fixtures/treaty, ids `fx-…`).
 */
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { test, expect, gotoHydrated } from './utils';
import { readPdf, squash } from './pdf';
import { m } from '../src/lib/messages.ts';

const TOTAL = 182;
const panel = (page: Page) => page.getByRole('complementary');
/** The buttons, fields and menus a reader can see. */
const visibleControls = (page: Page) =>
	page.locator('button, input, select').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));

/** The words of the timeline's controls, none of which belongs on paper. */
const CONTROL_WORDS = [
	m.zoomGroup, m.wholeSpan, m.list, m.links.label, m.links.open, m.links.eras, m.links.lanes, m.links.close, m.filters.faded, m.clearFilters,
	m.chips.clearAll, m.compareTitle, m.builder.addView, m.builder.addEvent, m.detail.trace, m.readers.hint, m.readers.hintDismiss, m.readers.showSummaries
];

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the list starts within 120 px: the menu and the filters fold behind a button each', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline');
		const top = (await page.locator('.list-view').boundingBox())!.y;
		expect(top).toBeLessThanOrEqual(120);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toBeVisible();
		await expect(page.getByText('Show hidden events faded')).toBeHidden();
		await page.getByRole('button', { name: 'Filters' }).click();
		await expect(page.getByText('Show hidden events faded')).toBeVisible();
		await checkA11y();
	});

	test('the list is in era chapters with their descriptions, each event with its summary, foldable', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const list = page.locator('.list-view');
		await expect(list.getByRole('heading', { level: 2 })).toHaveText([/^Congress years/, /^Drafting/, /^In force/]);
		await expect(list).toContainText('A committee drafts the accord, and the assembly adopts it (fictional).');
		const summary = list.locator('li', { has: page.locator('[data-event-id="fx-adoption"]') }).locator('.summary');
		await expect(summary).toHaveText(/^A fictional event for the tests: assembly adopts the lumen accord/);
		// The one disputed event says so in the list, as on its mark and its page; an undisputed one does not.
		const kindOf = (id: string) => list.locator('li', { has: page.locator(`[data-event-id="${id}"]`) }).locator('.kind');
		await expect(kindOf('fx-signing')).toHaveText(`Signing conference · ${m.sourcesDiffer}`);
		await expect(kindOf('fx-adoption')).toHaveText('General Assembly resolution');
		await list.getByLabel('Show the summaries').uncheck();
		await expect(summary).toBeHidden();
	});

	test('a filter chosen in the bottom sheet closes it, and the list shows what it filtered', async ({ page }) => {
		await gotoHydrated(page, '/timeline?event=fx-annex');
		await expect(panel(page)).toBeVisible();
		// Chile is an actor and a country: the second chip is the country.
		await panel(page).getByRole('button', { name: 'Chile', exact: true }).last().click();
		await expect(page).toHaveURL(/country=CHL/);
		await expect(panel(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
	});
});

test.describe('on a projector (1920 × 1080)', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the chart takes the width, labels are 16 px, and the open event is a sheet over the chart', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		expect((await page.locator('.chart').boundingBox())!.width).toBeGreaterThanOrEqual(1800);
		await page.locator('.chart svg [data-event-id="fx-adoption"]').click();
		await expect(panel(page)).toBeVisible();
		expect((await page.locator('.chart').boundingBox())!.width).toBeGreaterThanOrEqual(1800);
		const sizes = await page.locator('.chart [data-label-for]').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
		expect(sizes.length).toBeGreaterThan(5);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
		// The sheet lies over the chart rather than beside it.
		const [chart, sheet] = [(await page.locator('.chart').boundingBox())!, (await panel(page).boundingBox())!];
		expect(sheet.x).toBeLessThan(chart.x + chart.width);
	});
});

test.describe('on a tablet (768 × 1024)', () => {
	test.use({ viewport: { width: 768, height: 1024 } });

	test('an open event is a sheet over the chart, which keeps its width; Escape and the close button return the focus', async ({ page, checkA11y }) => {
		await gotoHydrated(page, '/timeline?span=1963-01..1967-12');
		const chart = page.locator('.chart');
		const before = (await chart.boundingBox())!.width;
		expect(before).toBeGreaterThan(600);
		const adoption = page.locator('.chart svg [data-event-id="fx-adoption"]');
		await adoption.click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
		expect(Math.abs((await chart.boundingBox())!.width - before)).toBeLessThanOrEqual(2);
		// The whole sheet is on screen, over the chart's right side.
		const [box, sheet] = [(await chart.boundingBox())!, (await panel(page).boundingBox())!];
		expect(sheet.x).toBeGreaterThanOrEqual(0);
		expect(sheet.x + sheet.width).toBeLessThanOrEqual(768);
		expect(sheet.y + sheet.height).toBeLessThanOrEqual(1024);
		expect(sheet.x).toBeLessThan(box.x + box.width);
		// The open event moves out from under the sheet (it was drawn at about 60 % of the chart's width).
		await expect.poll(async () => { const b = (await adoption.boundingBox())!; return b.x + b.width; }).toBeLessThan(sheet.x);
		await expect(panel(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
		await checkA11y();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await expect(adoption).toBeFocused();
		expect(Math.abs((await chart.boundingBox())!.width - before)).toBeLessThanOrEqual(2);
		await adoption.press('Enter');
		await panel(page).getByRole('button', { name: m.detail.close }).click();
		await expect(panel(page)).toHaveCount(0);
		await expect(adoption).toBeFocused();
	});
});

test.describe('on paper', () => {
	test('/timeline prints the view: no control, every mark on the page, the URL, the date, the events with summaries', async ({ page }) => {
		await gotoHydrated(page, '/timeline?theme=annexes');
		await page.locator('.print-list').waitFor({ state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		expect(await visibleControls(page)).toEqual([]);
		const width = await page.evaluate(() => document.documentElement.clientWidth);
		const boxes = await page.locator('.chart svg [data-event-id] :is(path, rect):not(.hit)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right]));
		expect(boxes.length).toBe(3);
		for (const [left, right] of boxes) expect(left >= 0 && right <= width).toBe(true);
		await expect(page.locator('.print-header')).toHaveText(/^Printed from http:\/\/127\.0\.0\.1:\d+\/timeline\?theme=annexes on \d{1,2} \w+ \d{4}$/);
		const list = page.locator('.print-list');
		await expect(list).toBeVisible();
		await expect(list.locator('[data-event-id]')).toHaveCount(3);
		await expect(list.locator('.summary').first()).toHaveText(/^A fictional event for the tests/);
		// The PDF itself, read back: the address, the events' titles, no control's words, on A4 landscape pages.
		// Printed once the chart has laid itself out at the page's width (a frame after the change of media).
		await expect.poll(() => page.locator('.chart svg').evaluate((svg) => Math.abs((svg as SVGSVGElement).viewBox.baseVal.width - svg.clientWidth))).toBeLessThan(2);
		const bytes = await page.pdf({ preferCSSPageSize: true });
		const pdf = await readPdf(bytes);
		const text = squash(pdf.text);
		expect(text).toContain(squash(`${m.readers.printedFrom} ${new URL(page.url()).origin}/timeline?theme=annexes`));
		const titles = await list.locator('[data-event-id]').allTextContents();
		expect(titles).toHaveLength(3);
		for (const title of titles) expect(text).toContain(squash(title));
		for (const words of CONTROL_WORDS) expect(text, words).not.toContain(squash(words));
		// Two pages: the address, the strip and the list's first chapter on the first, the rest of the list on the second.
		expect(pdf.pageCount).toBe(2);
		expect(squash(pdf.pages[0])).toContain(squash(m.readers.printedFrom));
		expect(squash(pdf.pages[0])).toContain(squash(m.readers.printListTitle(3)));
		expect(squash(pdf.pages[1])).toContain(squash(titles[2]));
		const [size] = (await PDFDocument.load(bytes)).getPages().map((p) => p.getSize());
		expect(size.width).toBeGreaterThan(size.height);
	});

	test('/timeline?event=… prints the open event’s detail in full after the strip, with no control in it', async ({ page }) => {
		for (const width of [1280, 768]) {
			await page.setViewportSize({ width, height: 900 });
			await gotoHydrated(page, '/timeline?event=fx-adoption');
			const detail = panel(page);
			await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
			await page.locator('.print-list').waitFor({ state: 'attached' });
			await page.emulateMedia({ media: 'print' });
			await expect(detail).toBeVisible();
			expect(await visibleControls(page)).toEqual([]);
			// After the strip and before the list of events, neither a sheet nor a scroll box.
			const [chart, box, listed] = [(await page.locator('.chart').boundingBox())!, (await detail.boundingBox())!, (await page.locator('.print-list').boundingBox())!];
			expect(box.y).toBeGreaterThanOrEqual(chart.y + chart.height);
			expect(box.y + box.height).toBeLessThanOrEqual(listed.y);
			const side = await detail.evaluate((el) => {
				const s = el.parentElement!;
				return { position: getComputedStyle(s).position, hidden: s.scrollHeight - s.clientHeight, width: s.getBoundingClientRect().width };
			});
			expect(side.position).toBe('static');
			expect(side.hidden).toBe(0);
			expect(side.width).toBeGreaterThanOrEqual(chart.width - 2);
			// In full: the actor and the linked events by name, though their buttons are not printed.
			await expect(detail.locator('.chips li')).toHaveText(['Tide Assembly'], { useInnerText: true });
			await expect(detail.locator('.links li')).toHaveText(['Followed from Beacon Committee, second session (7–18 September 1964)', 'Led to Signing conference, Lisbon (14–16 February 1966)'], { useInnerText: true });
			const text = squash((await readPdf(await page.pdf({ preferCSSPageSize: true }))).text);
			// Every block of the detail that is on paper is in the PDF, in the order of the page.
			const parts = await detail.locator('h2, h3, .when, p, li').evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => (el as HTMLElement).innerText.trim()));
			expect(parts.length).toBeGreaterThan(8);
			let at = 0;
			for (const part of parts.filter(Boolean)) {
				const found = text.indexOf(squash(part), at);
				expect(found, part).toBeGreaterThanOrEqual(0);
				at = found;
			}
			expect(text.indexOf(squash(parts.at(-1)!))).toBeLessThan(text.indexOf(squash(m.readers.printListTitle(TOTAL))));
			for (const words of CONTROL_WORDS) expect(text, words).not.toContain(squash(words));
			await page.emulateMedia({ media: 'screen' });
		}
	});

	test('/events prints each event with its summary', async ({ page }) => {
		await page.goto('/events');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.event-list .summary')).toHaveCount(TOTAL);
		await expect(page.locator('.event-list li', { hasText: 'Assembly adopts the Lumen Accord' }).locator('.summary')).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

	test('a filtered link says that filters need JavaScript, shows every event, and no control that cannot work', async ({ page, checkA11y }) => {
		await page.goto('/timeline?country=NOR');
		await expect(page.locator('.no-js-note')).toContainText('the filters need JavaScript');
		await expect(page.locator('.story [data-event-id]')).toHaveCount(TOTAL);
		await expect(page.locator('.story .summary')).toHaveCount(TOTAL);
		await expect(page.locator('.story li', { has: page.locator('[data-event-id="fx-signing"]') }).locator('.kind')).toHaveText(`Signing conference · ${m.sourcesDiffer}`);
		await expect(page.locator('.story .kind', { hasText: m.sourcesDiffer })).toHaveCount(1);
		expect(await visibleControls(page)).toEqual([]);
		await expect(page.getByText('Scroll the page as usual')).toHaveCount(0);
		await checkA11y();
	});
});

test.describe('the first visit', () => {
	test('shows a one-line "how to use", which stays dismissed and is not printed', async ({ page }) => {
		await gotoHydrated(page, '/timeline');
		const hint = page.getByRole('note', { name: 'How to use the timeline' });
		await expect(hint).toContainText('Ctrl or ⌘ + wheel');
		await page.emulateMedia({ media: 'print' });
		await expect(hint).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await hint.getByRole('button', { name: 'Got it' }).click();
		await expect(hint).toHaveCount(0);
		await page.reload();
		await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(hint).toHaveCount(0);
	});
});
