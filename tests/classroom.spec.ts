/**
 * The classroom: the lesson list, the student view (phone, and without JavaScript), the presenter driven by
 * the keyboard alone, its notes window in step both ways and across reloads, and the QR code. Against the
 * fixture treaty's lessons (tests/fixtures/treaty/data/lessons): fx-lesson-keepers has five steps.
 */
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { test, expect, gotoHydrated } from './utils';
import type { Page } from '@playwright/test';

const LESSON = 'fx-lesson-keepers';
const STEPS = ['fx-step-congresses', 'fx-step-norway', 'fx-step-signing', 'fx-step-trace', 'fx-step-parties'];
const present = `/classroom/${LESSON}/present`;
const notes = `/classroom/${LESSON}/present/notes`;

/** The step the presenter (or notes window) shows, once it has read its saved state. */
const shownStep = (page: Page) => page.locator('[data-ready][data-step]');
/** The chart's accessible name says the years it shows. */
const chartLabel = (page: Page) => page.locator('.lesson-timeline svg').getAttribute('aria-label');

test('/classroom lists the lessons with level, duration, steps and goals', async ({ page, checkA11y }) => {
	await gotoHydrated(page, '/classroom');
	await expect(page.locator('.lessons h2')).toHaveText(['Fixture lesson: how the keepers agreed', 'Fixture lesson: the southern annex']);
	const first = page.locator('.lessons > li').first();
	await expect(first.locator('.meta')).toHaveText('Secondary school · 40 minutes · 5 steps');
	await expect(first.locator('.goals li')).toHaveText(['Fixture goal one: name the congresses.', 'Fixture goal two: explain the signing dispute.']);
	await expect(first.getByRole('link', { name: 'Present' })).toHaveAttribute('href', present);
	await checkA11y();
});

test.describe('the student view', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('on a phone: every step in order, no notes, nothing wider than the screen, the timeline following the step read', async ({ page, checkA11y }) => {
		await gotoHydrated(page, `/classroom/${LESSON}`);
		await expect(page.locator('section.step')).toHaveCount(5);
		expect(await page.locator('section.step').evaluateAll((s) => s.map((e) => e.id))).toEqual(STEPS);
		// Teacher notes belong to the presenter.
		await expect(page.getByText('Fixture teacher note')).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expect(page.locator('.lesson-timeline')).toHaveAttribute('data-step', STEPS[0]);
		// The disputed event says so, with both claims.
		await expect(page.locator(`#${STEPS[2]} .dispute`)).toContainText('number of signatures');
		await page.locator(`#${STEPS[2]}`).scrollIntoViewIfNeeded();
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), STEPS[2]);
		await expect(page.locator('.lesson-timeline')).toHaveAttribute('data-step', STEPS[2]);
		await expect(page.locator('.lesson-timeline [data-event-id="fx-signing"].selected')).toHaveCount(1);
		await expect(page.locator('.follow .now')).toHaveText('Step 3 of 5: Signing in Lisbon');
		// The sticky timeline does not cover the step's heading once scrolled to.
		const chartBottom = await page.locator('.follow').evaluate((e) => e.getBoundingClientRect().bottom);
		await page.locator(`#${STEPS[4]} h2`).scrollIntoViewIfNeeded();
		await checkA11y();
		expect(chartBottom).toBeLessThan(844 / 2);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('is a plain page: the steps, their questions and a timeline at the first step', async ({ page, checkA11y }) => {
			await page.goto(`/classroom/${LESSON}`);
			await expect(page.locator('section.step h2')).toHaveText(['The congress years', 'Norway proposes', 'Signing in Lisbon', 'What led to the review', 'The parties meet']);
			await expect(page.locator('.question')).toHaveCount(4);
			await expect(page.locator('.lesson-timeline svg')).toHaveAttribute('aria-label', /^Timeline, 1950 to 1962/);
			await expect(page.locator(`#${STEPS[1]} a[href^="/timeline?"]`)).toHaveAttribute('href', '/timeline?country=NOR&event=fx-statement-nor');
			// A step's window and filters, apart.
			await expect(page.locator(`#${STEPS[4]} > .meta`)).toHaveText('Window: 1968–2002 · Filtered to: Meeting of the Parties');
			await checkA11y();
		});
	});
});

test('the presenter, by keyboard alone: every step, Home/End, PageUp/PageDown, space, blank and notes', async ({ page, checkA11y }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1920, height: 1080 });
	await gotoHydrated(page, present);
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[0]);
	await expect(page.locator('.progress-text')).toHaveText('Step 1 of 5');
	expect(await chartLabel(page)).toMatch(/^Timeline, 1950 to 1962/);
	for (const [i, key] of (['ArrowRight', 'PageDown', ' ', 'ArrowDown'] as const).entries()) {
		await page.keyboard.press(key);
		await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[i + 1]);
		await expect(page.locator('.progress-text')).toHaveText(`Step ${i + 2} of 5`);
		await expect(page).toHaveURL(new RegExp(`\\?step=${i + 2}$`));
	}
	// The last step: the filter by an actor and the window 1968–2002 (instant under reduced motion).
	expect(await chartLabel(page)).toMatch(/^Timeline, 1968 to 2002/);
	await page.keyboard.press('ArrowRight');
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[4]);
	await page.keyboard.press('Home');
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[0]);
	await page.keyboard.press('End');
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[4]);
	await page.keyboard.press('PageUp');
	await page.keyboard.press('ArrowLeft');
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[2]);
	await expect(page.locator('.lesson-timeline [data-event-id="fx-signing"].selected')).toHaveCount(1);
	expect(await chartLabel(page)).toMatch(/^Timeline, 1965 to 1967/);
	// N shows the teacher's notes for the step, and hides them.
	await page.keyboard.press('n');
	await expect(page.getByRole('complementary', { name: 'Teacher notes' })).toContainText('Fixture teacher note three: the dispute is the point.');
	await checkA11y();
	await page.keyboard.press('n');
	await expect(page.getByRole('complementary', { name: 'Teacher notes' })).toHaveCount(0);
	// B blanks the screen and brings it back.
	await page.keyboard.press('b');
	await expect(page.locator('.blank')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('.blank')).toHaveCount(0);
	// Readable from the back of the room: no visible text under 24 px.
	const small = await page.evaluate(() => {
		// The size drawn: the font size times every CSS zoom above it (the chart is zoomed as a whole).
		const zoom = (e: Element | null): number => (e ? (parseFloat(getComputedStyle(e).zoom) || 1) * zoom(e.parentElement) : 1);
		return [...document.querySelectorAll('.presenter *')]
			.filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && !e.closest('.visually-hidden'))
			.map((e) => ({ text: e.textContent!.trim().slice(0, 30), px: Math.round(parseFloat(getComputedStyle(e).fontSize) * zoom(e.parentElement) * 10) / 10 }))
			.filter((x) => x.px < 24);
	});
	expect(small).toEqual([]);
});

test('the presenter animates the timeline to a step unless motion is reduced', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await gotoHydrated(page, present);
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[0]);
	// Every window the chart shows on the way is recorded in the page (polling from the test could miss them all).
	await page.evaluate(() => {
		const svg = document.querySelector('.lesson-timeline svg')!;
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		new MutationObserver(() => seen.push((svg.getAttribute('aria-label') ?? '').replace(/:.*/, ''))).observe(svg, { attributeFilter: ['aria-label'] });
	});
	const before = (await chartLabel(page))!.replace(/:.*/, '');
	await page.keyboard.press('End');
	await expect.poll(() => chartLabel(page)).toMatch(/^Timeline, 1968 to 2002/);
	// Mid-animation the window is between the two steps' windows; it ends on the step's own.
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	// From the first step's window (1950 or 1951, clamped to the graph, to 1962 or 1963) to 1968–2002: a window
	// in between, neither the first nor the last, was drawn on the way. On a starved CPU only a frame or two may
	// come before the end (CI once saw "1951 to 1963 | 1951 to 1964 | 1968 to 2002"), so either edge may show it.
	expect(before).toMatch(/^Timeline, 195[01] to/);
	const between = seen.filter((l) => l !== before && !/^Timeline, 1968 to 2002/.test(l));
	expect(between, seen.join(' | ')).not.toEqual([]);
});

test('the notes window follows the presenter and leads it, and both survive a reload', async ({ page, context, checkA11y }) => {
	await gotoHydrated(page, present);
	const other = await context.newPage();
	const problems: string[] = [];
	other.on('pageerror', (e) => problems.push(e.message));
	other.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
	await gotoHydrated(other, notes);
	await expect(shownStep(other)).toHaveAttribute('data-step', STEPS[0]);
	await expect(other.locator('.notes')).toHaveText('Fixture teacher note one: give the class five minutes.');
	// The presenter leads…
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expect(shownStep(other)).toHaveAttribute('data-step', STEPS[1]);
	await expect(other.locator('.next h2')).toContainText('Signing in Lisbon');
	// …and the notes window leads back.
	await other.getByRole('button', { name: /Next step/ }).click();
	await other.getByRole('button', { name: /Next step/ }).click();
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[3]);
	await expect(page).toHaveURL(/\?step=4$/);
	await other.getByRole('button', { name: 'B' }).click();
	await expect(page.locator('.blank')).toBeVisible();
	await other.getByRole('button', { name: 'B' }).click();
	await expect(page.locator('.blank')).toHaveCount(0);
	// A reload of the notes window keeps the step, and still follows.
	await other.reload();
	await expect(shownStep(other)).toHaveAttribute('data-step', STEPS[3]);
	await page.keyboard.press('ArrowLeft');
	await expect(shownStep(other)).toHaveAttribute('data-step', STEPS[2]);
	// So does a reload of the presenter, even without ?step= in its address.
	await page.goto(present);
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[2]);
	await other.getByRole('button', { name: /Previous step/ }).click();
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[1]);
	await other.bringToFront();
	await checkA11y.call(null);
	expect(problems).toEqual([]);
});

test('the notes window passes axe', async ({ page, checkA11y }) => {
	await gotoHydrated(page, notes);
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[0]);
	await checkA11y();
});

test('the QR code and the short link open the step shown on a phone', async ({ page, baseURL }) => {
	await gotoHydrated(page, `${present}?step=2`);
	await expect(shownStep(page)).toHaveAttribute('data-step', STEPS[1]);
	const expected = `${baseURL}/classroom/${LESSON}#${STEPS[1]}`;
	const png = PNG.sync.read(await page.locator('svg.qr').screenshot());
	const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(decoded?.data).toBe(expected);
	await expect(page.locator('.follow .url')).toHaveText(expected.replace(/^https?:\/\//, ''));
	// The next step's code follows.
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.follow .url')).toHaveText(new RegExp(`#${STEPS[2]}$`));
	const next = PNG.sync.read(await page.locator('svg.qr').screenshot());
	expect(jsQR(new Uint8ClampedArray(next.data), next.width, next.height)?.data).toBe(`${baseURL}/classroom/${LESSON}#${STEPS[2]}`);
});
