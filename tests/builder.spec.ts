/**
 * "Make your own": a teacher's lesson built from the timeline, edited, checked, exported as a file and as a
 * link, imported and shown — against the fixture treaty (ids `fx-…`, never a real event's wording). Every test
 * runs under the house guard (no console error, no request off the origin).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';

const KEY = 'palermo:draft';
/** A link code as the site writes it, made here with Node's own deflate. */
const code = (text: string | Buffer) => `1.${deflateRawSync(text).toString('base64url')}`;
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const steps = (page: Page) => page.locator('li.step h3');
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** A complete lesson file that names fixture events only. */
const lessonFile = (over: Record<string, unknown> = {}) =>
	JSON.stringify({
		id: 'fx-made',
		title: 'Fixture lesson made by hand',
		level: 'secondary',
		duration: 20,
		summary: 'A made-up lesson for the tests, with one step.',
		goals: ['Fixture goal'],
		steps: [{ id: 'a', title: 'Step a', focus: { event: 'fx-annex' }, narrative: 'Fixture narrative for step a, long enough.', notes: 'Fixture note a' }],
		...over
	});

/** Puts a lesson file in the draft, as opening it on an empty editor does. */
async function seed(page: Page, text = lessonFile()) {
	await gotoHydrated(page, '/classroom/draft');
	await page.evaluate((k) => localStorage.removeItem(k), KEY);
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Lesson file (.json)').setInputFiles(json('seed.json', text));
	await expect(page).toHaveURL(/\/classroom\/draft\/view$/);
}

test('a lesson built from the timeline, edited, exported, imported and shown, and the same through the link', async ({ page, checkA11y }) => {
	// A long walk through six pages, each checked with axe.
	test.setTimeout(90_000);
	// From the timeline: two events and a filtered view.
	await gotoHydrated(page, '/timeline?event=fx-congress-1');
	const detail = page.getByRole('complementary');
	await detail.getByRole('button', { name: 'Add to my lesson' }).click();
	const said = detail.getByRole('status').filter({ hasText: 'of your lesson' });
	await expect(said).toHaveText('Added as step 1 of your lesson. Open my lesson');
	await detail.getByRole('button', { name: 'Add to my lesson' }).click();
	await expect(said).toContainText('Already step 1 of your lesson.');
	await gotoHydrated(page, '/timeline?country=ISL&kind=treaty-action&span=1960-01..1969-12');
	await page.getByRole('button', { name: 'Add this view to my lesson' }).click();
	await expect(page.getByText('Added as step 2 of your lesson. Kind filters are not kept in a step.')).toBeVisible();
	await gotoHydrated(page, '/timeline?event=fx-statement-chl');
	await page.getByRole('complementary').getByRole('button', { name: 'Add to my lesson' }).click();
	await expect(page.getByText('Added as step 3 of your lesson.')).toBeVisible();
	await page.getByRole('link', { name: 'Open my lesson' }).click();

	// The editor: the steps as added, and what is missing, by field.
	await expect(page).toHaveURL(/\/classroom\/draft$/);
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect(steps(page)).toHaveText(['Step 1 of 3 First Keepers Congress, Bergen', 'Step 2 of 3 Iceland · 1960–1969', 'Step 3 of 3 Chile asks for a southern annex']);
	await expect(page.locator('li.step').nth(1).locator('.shows')).toContainText('Window 1960–1969 · Filtered to Iceland');
	const checklist = page.getByRole('complementary', { name: 'Share it' });
	await expect(checklist.getByRole('heading', { name: 'Before you can share it' })).toBeVisible();
	await expect(checklist.getByRole('link', { name: 'Give the lesson a title.' })).toBeVisible();
	await expect(checklist.getByRole('link', { name: 'Step 1 (First Keepers Congress, Bergen): Write a narrative of at least 20 characters.' })).toBeVisible();
	const narrative1 = page.locator('#edit-step-fx-congress-1-narrative');
	await expect(narrative1).toHaveAttribute('aria-invalid', 'true');
	await expect(narrative1).toHaveAccessibleDescription(/Write a narrative of at least 20 characters\./);
	await checkA11y();

	// Writing the lesson; the teacher's text includes markup, which must stay text.
	await page.getByLabel('Title', { exact: true }).fill('Fixture draft: keepers and annexes');
	await page.getByLabel('Summary').fill('A made-up lesson built in the tests, from two events and a view.');
	await page.getByLabel('Learning goals').fill('Fixture goal one\nFixture goal two');
	const markup = 'Fixture <b>bold</b> & <img src=x onerror="document.title=1"> narrative one.';
	await narrative1.fill(markup);
	await page.locator('#edit-step-fx-congress-1-question').fill('Fixture question: who came?');
	await page.locator('#edit-step-fx-congress-1-notes').fill('Fixture note: ask who was missing.');
	await page.locator('#edit-step-view-narrative').fill('Fixture narrative two, on the Iceland view.');
	await page.locator('#edit-step-fx-statement-chl-narrative').fill('Fixture narrative three, on Chile asking.');
	await expect(narrative1).not.toHaveAttribute('aria-invalid');
	await expect(checklist.getByRole('heading', { name: 'Share it' })).toBeVisible();

	// Reordering by keyboard: the view goes first; the focus stays on the moved step's button.
	await page.getByRole('button', { name: 'Move “Iceland · 1960–1969” up' }).focus();
	await page.keyboard.press('Enter');
	await expect(steps(page)).toHaveText(['Step 1 of 3 Iceland · 1960–1969', 'Step 2 of 3 First Keepers Congress, Bergen', 'Step 3 of 3 Chile asks for a southern annex']);
	await expect(page.getByRole('button', { name: 'Move “Iceland · 1960–1969” down' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'is now step 1' })).toHaveText('“Iceland · 1960–1969” is now step 1.');
	await checkA11y();

	// The draft survives a reload.
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixture draft: keepers and annexes');
	await expect(steps(page).first()).toHaveText('Step 1 of 3 Iceland · 1960–1969');
	await expect(narrative1).toHaveValue(markup);

	// Exported as a file: the lesson, checked, in the order given.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the lesson file' }).click()]);
	expect(download.suggestedFilename()).toBe('fixture-draft-keepers-and-annexes.json');
	const file = readFileSync((await download.path())!, 'utf8');
	const exported = JSON.parse(file);
	expect(exported).toMatchObject({ id: 'fixture-draft-keepers-and-annexes', goals: ['Fixture goal one', 'Fixture goal two'] });
	expect(exported.steps.map((s: { id: string }) => s.id)).toEqual(['step-view', 'step-fx-congress-1', 'step-fx-statement-chl']);
	expect(exported.steps[0].focus).toEqual({ from: '1960', to: '1969', country: ['ISL'] });
	expect(exported.steps[1]).toMatchObject({ narrative: markup, question: 'Fixture question: who came?', notes: 'Fixture note: ask who was missing.' });

	// …and as a link.
	const linkBox = page.getByLabel('Link to this lesson');
	await expect(linkBox).toHaveValue(/\/classroom\/shared#1\.[\w-]+$/);
	const link = await linkBox.inputValue();
	expect(link.length).toBeLessThan(file.length);

	// The student view: the lesson, its text as text, no teacher notes.
	await page.getByRole('link', { name: 'Student view' }).click();
	await page.locator('.step').first().waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture draft: keepers and annexes');
	await expect(page.locator('.step h2')).toHaveText(['Iceland · 1960–1969', 'First Keepers Congress, Bergen', 'Chile asks for a southern annex']);
	await expect(page.locator('.step .narrative').nth(1)).toHaveText(markup);
	await expect(page.locator('.steps b, .steps img')).toHaveCount(0);
	await expect(page.getByText('Fixture note: ask who was missing.')).toHaveCount(0);
	await checkA11y();

	// The presenter: the first step, its notes on N.
	await page.getByRole('link', { name: 'Present it' }).click();
	await expect(page.locator('.presenter[data-ready]')).toHaveAttribute('data-step', 'step-view');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.presenter')).toHaveAttribute('data-step', 'step-fx-congress-1');
	await page.keyboard.press('n');
	await expect(page.getByRole('complementary', { name: 'Teacher notes' })).toContainText('Fixture note: ask who was missing.');
	await expect(page.locator('.presenter b, .presenter .text img')).toHaveCount(0);
	await checkA11y();

	// Imported into an empty browser: the same lesson, shown.
	await page.evaluate(() => localStorage.clear());
	await gotoHydrated(page, '/classroom/draft');
	await expect(page.getByRole('heading', { name: 'Your lesson has no steps yet' })).toBeVisible();
	await page.getByLabel('Lesson file (.json)').setInputFiles(json('mine.json', file));
	await expect(page).toHaveURL(/\/classroom\/draft\/view$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture draft: keepers and annexes');
	await expect(page.locator('.step h2')).toHaveCount(3);

	// Through the link, in an empty browser: shown, presented, saved as the draft.
	await page.evaluate(() => localStorage.clear());
	await gotoHydrated(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture draft: keepers and annexes');
	await expect(page.locator('.step h2')).toHaveText(['Iceland · 1960–1969', 'First Keepers Congress, Bergen', 'Chile asks for a southern annex']);
	await expect(page.locator('.step .narrative').nth(1)).toHaveText(markup);
	await expect(page.getByText('Fixture note: ask who was missing.')).toHaveCount(0);
	await checkA11y();
	expect(await stored(page)).toBeNull();
	await page.getByRole('button', { name: 'Save as my draft' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved as your draft.' })).toBeVisible();
	await page.getByRole('link', { name: 'Present it' }).click();
	await expect(page.locator('.presenter[data-ready]')).toHaveAttribute('data-step', 'step-view');
	await expect(page.locator('.presenter .url')).toContainText('/classroom/shared#1.');
	await checkA11y();
	await gotoHydrated(page, '/classroom/draft');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixture draft: keepers and annexes');
	await expect(steps(page)).toHaveCount(3);
});

test('opening a lesson (a file or a link) over an existing draft asks first, and "keep" changes nothing', async ({ page }) => {
	await seed(page);
	const before = await stored(page);
	const other = lessonFile({ title: 'Fixture lesson that replaces' });
	await gotoHydrated(page, '/classroom/draft');
	await page.getByLabel('Lesson file (.json)').setInputFiles(json('other.json', other));
	const dialog = page.getByRole('dialog', { name: 'Replace your draft?' });
	await expect(dialog).toContainText('Your draft “Fixture lesson made by hand” will be replaced by “Fixture lesson that replaces”.');
	await dialog.getByRole('button', { name: 'Keep my draft' }).click();
	await expect(dialog).toHaveCount(0);
	expect(await stored(page)).toBe(before);
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixture lesson made by hand');

	await gotoHydrated(page, `/classroom/shared#${code(other)}`);
	await page.getByRole('button', { name: 'Save as my draft' }).click();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	expect(await stored(page)).toBe(before);
	await page.getByRole('button', { name: 'Save as my draft' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Replace my draft' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved as your draft.' })).toBeVisible();
	await gotoHydrated(page, '/classroom/draft');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixture lesson that replaces');
});

test('a malformed, foreign, invalid or oversized lesson file is refused with its faults named, and the draft is unchanged', async ({ page, checkA11y }) => {
	await seed(page);
	await gotoHydrated(page, '/classroom/draft');
	const before = await stored(page);
	const input = page.getByLabel('Lesson file (.json)');
	const alert = page.locator('.import [role="alert"]');

	await input.setInputFiles(json('broken.json', '{"id": "fx-made", "steps": ['));
	await expect(alert).toContainText('“broken.json” is not a lesson this site can open, and your draft is unchanged:');
	await expect(alert).toContainText('“broken.json” is not valid JSON');
	await checkA11y();

	await input.setInputFiles(json('list.json', '[1, 2]'));
	await expect(alert).toContainText('“list.json” must be one JSON object: a lesson.');

	const bad = JSON.parse(lessonFile());
	bad.steps = [{ id: 'a', title: 'Step a', focus: { event: 'fx-annex' }, narrative: 'Too short.' }, { id: 'b', title: 'Step b', focus: {}, narrative: 'A long enough narrative for step b.' }];
	delete bad.summary;
	await input.setInputFiles(json('invalid.json', JSON.stringify(bad)));
	await expect(alert.locator('li')).toHaveText([
		'summary: Write a summary of at least 20 characters.',
		'step 1 (“a”), narrative: Write a narrative of at least 20 characters.',
		'step 2 (“b”), focus: Must name an event, a window (from/to) or a filter'
	]);

	await input.setInputFiles(json('unknown.json', lessonFile({ steps: [{ id: 'a', title: 'Step a', focus: { event: 'fx-nowhere', country: ['ATA'] }, narrative: 'A long enough narrative for step a.' }] })));
	await expect(alert.locator('li')).toHaveText(['step 1 (“a”), focus.event: Unknown event "fx-nowhere"', 'step 1 (“a”), focus.country.0: Unknown country "ATA"']);

	await input.setInputFiles(json('big.json', `{"title": "${'x'.repeat(200_001)}"}`));
	await expect(alert).toHaveText('“big.json” is 201 kB; a lesson file is at most 200 kB. Your draft is unchanged.');

	expect(await stored(page)).toBe(before);
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fixture lesson made by hand');
	await expect(page).toHaveURL(/\/classroom\/draft$/);
});

test('a damaged, foreign, oversized (zip bomb) or invalid link is explained, and nothing changes', async ({ page, checkA11y }) => {
	await seed(page);
	const before = await stored(page);
	const problem = page.getByRole('alert');
	const cases: [string, string | RegExp][] = [
		['', 'the link carries no lesson'],
		['#step-2', 'it was not made by this site’s lesson builder.'],
		['#1.AAAA', 'it is damaged; it may have been cut short when it was copied.'],
		[`#${code(lessonFile()).slice(0, 60)}`, 'it is damaged'],
		// 200 MB of spaces in under 200 kB of link: stopped at the limit.
		[`#${code(Buffer.alloc(200_000_000, ' '))}`, 'it holds more than 200 kB, too much for a lesson.'],
		[`#${code('{"title": ')}`, /This link holds a lesson this site cannot show, and nothing was changed:\s*The link is not valid JSON/],
		[`#${code(lessonFile({ id: 'draft', steps: [{ id: 'a', title: 'Step a', focus: { event: 'fx-nowhere' }, narrative: 'A long enough narrative here.' }] }))}`, /id: "draft" is reserved.*step 1 \(“a”\), focus\.event: Unknown event "fx-nowhere"/]
	];
	for (const [hash, says] of cases) {
		await gotoHydrated(page, `/classroom/shared${hash}`);
		await expect(problem).toContainText(typeof says === 'string' ? says : /./);
		if (typeof says !== 'string') await expect(problem).toHaveText(says);
		await expect(page.getByRole('button', { name: 'Save as my draft' })).toHaveCount(0);
	}
	await checkA11y();
	// The presenter refuses the same links.
	await gotoHydrated(page, '/classroom/shared/present#1.AAAA');
	await expect(problem).toContainText('it is damaged');
	expect(await stored(page)).toBe(before);
});

test('storage that holds something unreadable gives a message, and the builder still works', async ({ page }) => {
	await gotoHydrated(page, '/classroom/draft');
	await page.evaluate((k) => localStorage.setItem(k, '{"draft": {"steps": 3'), KEY);
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('alert').first()).toHaveText('Your saved draft could not be read, so a new one was started.');
	await page.getByLabel('Title', { exact: true }).fill('Fixture title');
	expect(JSON.parse((await stored(page))!).draft.title).toBe('Fixture title');
});

test('the empty builder explains how to add steps from the timeline', async ({ page, checkA11y }) => {
	await gotoHydrated(page, '/classroom/draft');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	const empty = page.locator('.empty');
	await expect(empty.getByRole('heading')).toHaveText('Your lesson has no steps yet');
	await expect(empty).toContainText('press “Add to my lesson”');
	await expect(empty.getByRole('link', { name: 'Open the timeline' })).toHaveAttribute('href', '/timeline');
	await expect(page.getByRole('link', { name: 'Student view' })).toHaveCount(0);
	// A new draft is not marked wrong before anything is written.
	await expect(page.locator('[aria-invalid]')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Before you can share it' })).toHaveCount(0);
	await checkA11y();
	await gotoHydrated(page, '/classroom/draft/view');
	await expect(page.getByText('Your draft has no steps yet, so there is nothing to show.')).toBeVisible();
	await checkA11y();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const url of ['/classroom/draft', '/classroom/draft/view', '/classroom/shared', '/classroom/draft/present'])
		test(`${url} says the builder needs JavaScript`, async ({ page, checkA11y }) => {
			await page.goto(url);
			// Playwright's text and role queries skip <noscript>; a reader without JavaScript sees its content.
			await expect(page.locator('noscript .js-note')).toBeVisible();
			await expect(page.locator('noscript .js-note')).toHaveText(/^The lesson builder needs JavaScript/);
			await expect(page.getByText(/^(Loading your draft|Opening the lesson)/)).toBeHidden();
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await checkA11y();
		});
});

test.describe('on a phone (390 × 844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the editor, the preview and a shared lesson read without sideways scrolling', async ({ page, checkA11y }) => {
		await seed(page);
		for (const url of ['/classroom/draft', '/classroom/draft/view', `/classroom/shared#${code(lessonFile())}`]) {
			await gotoHydrated(page, url);
			await page.locator('li.step, .step').first().waitFor();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, url).toBeLessThanOrEqual(0);
			await checkA11y();
		}
	});
});
