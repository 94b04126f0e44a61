/**
 * The downloads under /data/ and the /data page, against both builds: each file read by the client it is
 * for (TimelineJS 3 in the browser, citation-js, papaparse) and by our own importers, and the page that lists
 * them, with and without JavaScript, on a desktop and a phone.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { test, expect, gotoHydrated } from './utils';

const tlDist = 'node_modules/@knight-lab/timelinejs/dist';
const files = ['graph.json', 'events.csv', 'quotes.csv', 'timelinejs.json', 'sources.json', 'sources.bib'];
const built = (build: string, file: string) => join(build, 'data', file);
/** A date at its precision, from a TimelineJS date. */
const iso = (d?: { year: number; month?: number; day?: number }) => d && [String(d.year), d.month, d.day].filter(Boolean).map((p) => String(p).padStart(2, '0')).join('-');

test('the TimelineJS file loads in TimelineJS 3: one slide per event and the title slide', async ({ page, treaty }) => {
	test.setTimeout(60_000);
	// TimelineJS's built files, served from disk on the site's own origin beside a page that loads our file into it.
	await page.route('**/__timelinejs/**', async (route) => {
		const path = new URL(route.request().url()).pathname.replace('/__timelinejs/', '');
		if (path === 'test.html')
			return route.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title><link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body><div id="timeline" style="height: 600px"></div><script>
fetch('/data/timelinejs.json').then((r) => r.json()).then((data) => {
	const tl = new TL.Timeline('timeline', data, { script_path: location.origin + '/__timelinejs/js/', font: null, language: 'en', hash_bookmark: false, ga_measurement_id: null, ga_property_id: null });
	tl.on('loaded', () => document.body.setAttribute('data-loaded', ''));
});
</script></body></html>`
			});
		return route.fulfill({ path: join(tlDist, path) });
	});
	await page.goto('/__timelinejs/test.html');
	await page.locator('body[data-loaded]').waitFor({ state: 'attached', timeout: 45_000 });
	await expect(page.locator('.tl-slide')).toHaveCount(treaty.graph.events.length + 1);
	await expect(page.locator('.tl-timemarker')).toHaveCount(treaty.graph.events.length);
	await expect(page.locator('.tl-slide-titleslide .tl-headline')).toHaveText(treaty.site.name);
});

test('the BibTeX and CSL-JSON files, linked from /sources, parse with citation-js, one entry per source with the same ids', async ({ page, request, treaty }) => {
	const ids = treaty.graph.sources.map((s) => s.id);
	await page.goto('/sources');
	const href = (name: string) => page.locator('p.downloads').getByRole('link', { name, exact: true }).getAttribute('href');
	const bib = new Cite(await (await request.get((await href('BibTeX'))!)).text());
	expect(bib.data.map((s) => s.id)).toEqual(ids);
	const csl = new Cite(await (await request.get((await href('CSL-JSON'))!)).json());
	expect(csl.data.map((s) => s.id)).toEqual(ids);
});

test('the CSVs parse with papaparse and carry every event and quotation id once, in the data’s order', async ({ request, treaty }) => {
	const rows = async (file: string) => Papa.parse<{ id: string }>(await (await request.get(`/data/${file}`)).text(), { header: true, skipEmptyLines: true });
	const events = await rows('events.csv');
	expect(events.errors).toEqual([]);
	expect(events.data.map((r) => r.id)).toEqual(treaty.graph.events.map((e) => e.id));
	expect(events.data).toHaveLength(treaty.eventCount);
	const quotes = await rows('quotes.csv');
	expect(quotes.errors).toEqual([]);
	expect(quotes.data.map((r) => r.id)).toEqual(treaty.graph.quotes.map((q) => q.id));
});

test('the importers read our own TimelineJS file and events.csv back: the same ids, titles and dates', async ({ treaty }, info) => {
	const { build, data } = info.project.metadata as { build: string; data: string };
	const run = (script: string, file: string) => {
		const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, built(build, file)], { encoding: 'utf8', env: { ...process.env, PALERMO_DATA_ROOT: data } });
		expect(r.status, r.stderr).toBe(0);
		return JSON.parse(r.stdout) as { id: string; title: string; start: string; end?: string }[];
	};
	const expected = treaty.graph.events.map((e) => [e.id, e.title, e.start, e.end]);
	expect(run('import-timelinejs', 'timelinejs.json').map((c) => [c.id, c.title, c.start, c.end])).toEqual(expected);
	expect(run('import-csv', 'events.csv').map((c) => [c.id, c.title, c.start, c.end])).toEqual(expected);
	// And the TimelineJS file says the same as the data, read directly.
	const tl = JSON.parse(readFileSync(built(build, 'timelinejs.json'), 'utf8')) as { events: { unique_id: string; start_date: { year: number } }[] };
	expect(tl.events.map((s) => [s.unique_id, iso(s.start_date)])).toEqual(treaty.graph.events.map((e) => [e.id, e.start]));
});

for (const javaScriptEnabled of [true, false])
	for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }])
		test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript, at ${viewport.width} × ${viewport.height}`, () => {
			test.use({ javaScriptEnabled, viewport });

			test('the /data page is linked from the footer, offers every download and documents every file', async ({ page, request, checkA11y }) => {
				await (javaScriptEnabled ? gotoHydrated(page, '/') : page.goto('/'));
				await page.locator('.site-footer').getByRole('link', { name: 'The data and downloads' }).click();
				await expect(page).toHaveURL(/\/data$/);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data');
				const links = page.locator('table.downloads a[download]');
				await expect(links).toHaveText(files);
				for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
					const response = await request.get(href);
					expect(response.status(), href).toBe(200);
					if (href.endsWith('.json')) expect(response.headers()['content-type'], href).toContain('application/json');
				}
				// The model, read from the schema: a table per file, nested fields by their path.
				await expect(page.locator('h3')).toHaveText(['data/events.json', 'data/actors.json', 'data/quotes.json', 'data/sources.json', 'data/themes.json', 'data/eras.json']);
				await expect(page.getByRole('rowheader', { name: 'sources[].locator' }).first()).toBeVisible();
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				await checkA11y();
			});
		});
