/**
 * The lesson handout (/classroom/<id>/handout), against the fixture treaty's lessons
 * (tests/fixtures/treaty/data/lessons): fx-lesson-keepers has five steps, four questions, the disputed
 * event fx-signing and the quotation norway-binding; fx-lesson-short has two steps and one question. The
 * page on screen (with and without JavaScript, on a phone), its print layout, and the PDF Chromium prints
 * of it in A4 and US Letter: at most four pages, every question's text in it, nothing cut off, no site chrome
 * and no teacher notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, gotoHydrated } from './utils';
import { readPdf, squash } from './pdf';
import { handout as says } from '../src/lib/messages/handout.ts';

interface FixtureLesson {
	id: string;
	title: string;
	steps: { id: string; title: string; question?: string; notes?: string; quote?: string; focus: { event?: string } }[];
}

const LESSONS = ['fx-lesson-keepers', 'fx-lesson-short'];
// The site's service worker saves the whole site on a first visit (tests/offline.spec.ts): seconds of work
// that has nothing to do with the handout, so it is kept out here.
test.use({ serviceWorkers: 'block' });
// Axe over a long page and printing PDFs take seconds each.
test.describe.configure({ timeout: 60_000 });
const url = (id: string) => `/classroom/${id}/handout`;

function lesson(id: string): FixtureLesson {
	const { data } = test.info().project.metadata as { data: string };
	return JSON.parse(readFileSync(join(data, 'data', 'lessons', `${id}.json`), 'utf8'));
}
const questions = (l: FixtureLesson) => l.steps.flatMap((s) => (s.question ? [s.question] : []));
/** Every block of text of the printed handout, and the strip's year labels that lie inside its drawing. */
const BLOCKS = 'h1, .head .summary, .about li, section.step h2, section.step .where, .key-event > p, .dispute li, figure.quote blockquote, figure.quote figcaption, .question p, .sources li';

async function printPdf(page: Page, id: string, format: 'A4' | 'Letter') {
	await gotoHydrated(page, url(id));
	await page.emulateMedia({ media: 'print' });
	const shown = await page.evaluate((blocks) => {
		const svg = document.querySelector<SVGSVGElement>('.strip svg')!;
		const years = [...svg.querySelectorAll<SVGTextElement>('.axis text')].filter((t) => t.getBBox().x + t.getBBox().width <= svg.viewBox.baseVal.width);
		return { blocks: [...document.querySelectorAll<HTMLElement>(`.handout :is(${blocks})`)].map((e) => e.innerText), years: years.map((t) => t.textContent ?? '') };
	}, BLOCKS);
	return { ...(await readPdf(await page.pdf({ format }))), shown };
}

for (const javaScriptEnabled of [true, false])
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });
		const open = (page: Page, path: string) => (javaScriptEnabled ? gotoHydrated(page, path) : page.goto(path));

		test('the handout shows the lesson: strip, steps, key events at their precision, the quotation, every question with lines, the sources', async ({ page, checkA11y }) => {
			const l = lesson('fx-lesson-keepers');
			await open(page, url(l.id));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
			await expect(page.getByRole('link', { name: says.backToLesson })).toHaveAttribute('href', `/classroom/${l.id}`);
			// The strip: a static timeline of the lesson's own events, drawn with a viewBox.
			const strip = page.locator('.strip figure.mini svg');
			await expect(strip).toHaveAttribute('viewBox', /^0 0 \d+/);
			for (const id of ['fx-statement-nor', 'fx-signing', 'fx-review']) await expect(strip.locator(`[data-event-id="${id}"]`)).toHaveCount(1);
			await expect(strip.locator('[data-event-id="fx-storm"]'), 'an event no step names or picks out is left off the strip').toHaveCount(0);
			// Every step, in order, with its title.
			expect(await page.locator('section.step').evaluateAll((s) => s.map((e) => e.id))).toEqual(l.steps.map((s) => s.id));
			await expect(page.locator('section.step h2')).toHaveText(l.steps.map((s, i) => `${says.step(i + 1)} ${s.title}`));
			// Key events with their dates at their precision; the disputed one says "Sources differ" with each claim and its source.
			await expect(page.locator('#fx-step-norway .key-event time')).toHaveText('1962');
			const signing = page.locator('#fx-step-signing .key-event');
			await expect(signing.locator('time')).toHaveText('14–16 February 1966');
			const differ = signing.getByRole('note', { name: 'Sources differ: number of signatures' });
			await expect(differ.locator('li')).toHaveCount(2);
			await expect(differ.locator('li').nth(0)).toContainText('31 —');
			await expect(differ.locator('li').nth(0).locator('a')).toHaveAttribute('href', '/sources#lumen-chronicle');
			await expect(differ.locator('li').nth(1)).toContainText('33 —');
			await expect(differ.locator('li').nth(1).locator('a')).toHaveAttribute('href', '/sources#lumen-gazette');
			// The quotation, verbatim, with its source and locator.
			const quote = page.locator('#fx-step-norway figure.quote');
			await expect(quote.locator('blockquote')).toHaveText('Guidelines have not lit a single lamp.');
			await expect(quote.locator('.source')).toContainText('chapter "fx-statement-nor"');
			// Every question, numbered among the questions, with three ruled lines under it; the step without one has none.
			await expect(page.locator('.question .text')).toHaveText(questions(l));
			await expect(page.locator('.question .label')).toHaveText(questions(l).map((_, i) => says.question(i + 1)));
			for (const q of await page.locator('.question').all()) await expect(q.locator('.lines span')).toHaveCount(3);
			await expect(page.locator('#fx-step-trace .question')).toHaveCount(0);
			// The sources: each once, the steps pointing to them by number.
			expect(await page.locator('.sources li a').evaluateAll((a) => a.map((e) => e.getAttribute('href')))).toEqual(['/sources#lumen-chronicle', '/sources#lumen-gazette']);
			await expect(page.locator('#fx-step-signing .where')).toContainText(`${says.stepSources} 1, 2`);
			// Teacher notes are never on the handout.
			await expect(page.getByText('Fixture teacher note')).toHaveCount(0);
			// The print button needs JavaScript; without it, the page says how to print.
			if (javaScriptEnabled) await expect(page.getByRole('button', { name: says.print })).toBeVisible();
			else {
				await expect(page.getByRole('button', { name: says.print })).toHaveCount(0);
				await expect(page.getByText(says.printNoScript)).toBeVisible();
			}
			await checkA11y();
		});
	});

test('teacher notes are in neither the prerendered page nor its data', async ({ page }) => {
	for (const id of LESSONS) {
		const notes = lesson(id).steps.flatMap((s) => (s.notes ? [s.notes] : []));
		const bodies = await Promise.all([url(id), `${url(id)}/__data.json`].map(async (path) => (await page.request.get(path)).text()));
		for (const body of bodies) for (const note of notes) expect(body).not.toContain(note);
	}
	expect(lesson('fx-lesson-keepers').steps.filter((s) => s.notes).length, 'the fixture has notes to leave out').toBeGreaterThan(0);
});

test('"Print this handout" opens the browser’s print dialog', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => document.body.setAttribute('data-printed', '');
	});
	await gotoHydrated(page, url('fx-lesson-short'));
	await page.getByRole('button', { name: says.print }).click();
	await expect(page.locator('body[data-printed]')).toHaveCount(1);
});

test('on a phone (390 × 844) the handout reads without sideways scrolling', async ({ page, checkA11y }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoHydrated(page, url('fx-lesson-keepers'));
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	await checkA11y();
});

// The print layout at each paper's printable width (A4 210 mm, Letter 215.9 mm, less the page margins), at 96 px an inch.
for (const [paper, width] of [['A4', 695], ['Letter', 718]] as const)
	test(`printed on ${paper}: no site chrome, the strip within the page, steps that never split a part, lines to answer on`, async ({ page }) => {
		await page.setViewportSize({ width, height: 1000 });
		await gotoHydrated(page, url('fx-lesson-keepers'));
		await expect(page.locator('.site-header')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		for (const chrome of ['.site-header', '.site-footer', '.print-bar']) await expect(page.locator(chrome)).toBeHidden();
		const box = await page.evaluate(() => {
			const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
			return { handout: r('.handout').right, strip: r('.strip svg').right, scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth };
		});
		expect(box.scroll, 'nothing wider than the paper').toBeLessThanOrEqual(0);
		expect(box.strip, 'the strip ends inside the handout').toBeLessThanOrEqual(box.handout + 0.5);
		for (const part of ['header', '.key-event', 'figure.quote', '.question']) {
			const breaks = await page.locator(`section.step ${part}`).evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
			expect(breaks.length, part).toBeGreaterThan(0);
			expect(breaks, part).toEqual(breaks.map(() => 'avoid'));
		}
		// Three lines of at least 6 mm under each question.
		const lines = await page.locator('.question .lines').evaluateAll((els) => els.map((e) => [...e.children].map((c) => c.getBoundingClientRect().height)));
		expect(lines).toHaveLength(4);
		for (const l of lines) expect(l.length === 3 && l.every((h) => h >= (6 * 96) / 25.4)).toBe(true);
	});

for (const id of LESSONS)
	for (const format of ['A4', 'Letter'] as const)
		test(`${id} prints to at most four ${format} pages with every question, nothing cut off, no chrome and no notes`, async ({ page, treaty }) => {
			const l = lesson(id);
			const pdf = await printPdf(page, id, format);
			expect(pdf.pageCount).toBeGreaterThan(0);
			expect(pdf.pageCount).toBeLessThanOrEqual(4);
			expect(pdf.pages).toHaveLength(pdf.pageCount);
			const text = squash(pdf.text);
			expect(text).toContain(squash(l.title));
			for (const q of questions(l)) expect(text, `question “${q}”`).toContain(squash(q));
			for (const s of l.steps) expect(text, `step “${s.title}”`).toContain(squash(s.title));
			for (const s of l.steps) if (s.notes) expect(text).not.toContain(squash(s.notes));
			// No site header, navigation or footer, and no screen-only tools.
			for (const chrome of [treaty.site.name, 'Every fact on this site cites its source', says.print, says.backToLesson]) expect(text, chrome).not.toContain(squash(chrome));
			// Nothing cut off (Chromium drops what falls outside the page's margins, or outside the strip's
			// drawing): every block of the handout's text is in the PDF whole, and so is every year on the strip's axis.
			expect(pdf.shown.blocks.length).toBeGreaterThan(l.steps.length);
			for (const block of pdf.shown.blocks) expect(text, `“${block.slice(0, 60)}…”`).toContain(squash(block));
			expect(pdf.shown.years.length).toBeGreaterThan(3);
			expect(text, 'the strip’s years, in order').toContain(squash(pdf.shown.years.join('')));
		});
