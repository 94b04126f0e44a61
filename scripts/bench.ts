/**
 * `npm run bench`: builds the site with the real graph and with synthetic graphs of 1,000 and 10,000 events,
 * loads /timeline of each in headless Chromium, and measures what a reader feels:
 *   - marks on screen: time from navigation to the first paint, with the prerendered marks in it;
 *   - hydration: time until the timeline is interactive;
 *   - zoom/pan: frame times (p95) during a scripted wheel zoom and drag pan;
 *   - filter: time from ticking a facet value until the DOM is updated and laid out;
 *   - search: time per keystroke from input until the results are updated and laid out;
 *   - JavaScript loaded by /timeline, gzipped.
 * Results are printed and written to BENCHMARKS.md. Not part of `npm test`.
 */
import { chromium, type Page } from '@playwright/test';
import { execSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.cwd();
const work = join(root, '.bench');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = 5;

/** A synthetic graph: the real one plus generated events citing real sources, actors and themes, with links. */
function synthetic(n: number): string {
	const dir = join(work, `graph-${n}`);
	mkdirSync(join(dir, 'data'), { recursive: true });
	for (const f of ['actors', 'quotes', 'sources', 'themes', 'eras', 'site']) cpSync(join(root, 'data', `${f}.json`), join(dir, 'data', `${f}.json`));
	const real = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8'));
	const actors = JSON.parse(readFileSync(join(root, 'data/actors.json'), 'utf8')).map((a: { id: string }) => a.id);
	const themes = JSON.parse(readFileSync(join(root, 'data/themes.json'), 'utf8')).map((t: { id: string }) => t.id);
	const sources = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')).map((s: { id: string }) => s.id);
	const kinds = ['crime-congress', 'ministerial-conference', 'committee-session', 'expert-meeting', 'ga-resolution', 'cop-session', 'treaty-action', 'statement', 'context', 'publication'];
	const countries = ['ITA', 'POL', 'USA', 'AUT', 'MEX', 'FRA', 'GBR', 'RUS', 'CHN', 'BRA'];
	let seed = 42;
	const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const events = [];
	for (let i = 0; i < n - real.length; i++) {
		const y = 1970 + Math.floor(rnd() * 55);
		const m = 1 + Math.floor(rnd() * 12);
		const d = 1 + Math.floor(rnd() * 28);
		const p = rnd();
		const start = p < 0.2 ? `${y}` : p < 0.4 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		const withEnd = start.length === 10 && rnd() < 0.3;
		events.push({
			id: `synthetic-${i}`,
			title: `Synthetic event ${i}: ${pick(['session', 'meeting', 'statement', 'resolution', 'report'])} in ${y}`,
			start,
			...(withEnd ? { end: `${y}-${String(m).padStart(2, '0')}-${String(Math.min(28, d + 1 + Math.floor(rnd() * 10))).padStart(2, '0')}` } : {}),
			kind: pick(kinds),
			summary: 'A generated event for the benchmark; it stands for nothing in history.',
			actors: [pick(actors), pick(actors)].filter((a, j, xs) => xs.indexOf(a) === j),
			countries: [pick(countries)],
			themes: [pick(themes)],
			sources: [{ source: pick(sources), locator: 'benchmark' }],
			links: i > 0 && rnd() < 0.3 ? [{ type: 'context-for', to: `synthetic-${Math.floor(rnd() * i)}` }] : []
		});
	}
	// Links may only point forward for led-to; context-for has no direction rule.
	writeFileSync(join(dir, 'data/events.json'), JSON.stringify([...real, ...events]));
	return dir;
}

function build(label: string, dataRoot: string | undefined): { dir: string; seconds: number } {
	const dir = join(work, `site-${label}`);
	rmSync(dir, { recursive: true, force: true });
	const t = Date.now();
	const r = spawnSync('npx', ['vite', 'build'], { env: { ...process.env, PALERMO_DATA_ROOT: dataRoot ?? '', PALERMO_BUILD_DIR: dir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (r.status !== 0) throw new Error(`build ${label} failed:\n${r.stderr.slice(-3000)}`);
	return { dir, seconds: (Date.now() - t) / 1000 };
}

async function serve(dir: string, port: number) {
	const server = spawn('node', ['scripts/serve.js', dir], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	await new Promise((r) => setTimeout(r, 500));
	return server;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function frameTimes(page: Page, action: () => Promise<void>): Promise<number[]> {
	await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __stop: boolean };
		w.__frames = [];
		w.__stop = false;
		let last = performance.now();
		const loop = (t: number) => {
			w.__frames.push(t - last);
			last = t;
			if (!w.__stop) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
	await action();
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __stop: boolean };
		w.__stop = true;
		return w.__frames.slice(1);
	});
}

async function measure(label: string, dir: string, port: number) {
	const server = await serve(dir, port);
	const browser = await chromium.launch({ executablePath, args });
	const url = `http://127.0.0.1:${port}/timeline`;
	const result = { label, paint: [] as number[], hydrated: [] as number[], marks: 0, frames: [] as number[], filter: [] as number[], search: [] as number[], js: 0 };
	try {
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			// tsx names functions with a helper (__name) that does not exist in the page: give the page one.
			await context.addInitScript('window.__name = (f) => f');
			const page = await context.newPage();
			const js: Buffer[] = [];
			if (run === 0) page.on('response', async (r) => r.url().endsWith('.js') && js.push(await r.body()));
			await page.goto(url);
			await page.locator('body[data-hydrated]').waitFor({ state: 'attached', timeout: 120_000 });
			const t = await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				hydrated: performance.getEntriesByName('hydrated')[0]?.startTime ?? NaN,
				marks: document.querySelectorAll('.chart svg [data-event-id]').length
			}));
			result.paint.push(t.paint);
			result.hydrated.push(t.hydrated);
			result.marks = t.marks;
			if (run === 0) {
				await page.waitForTimeout(300);
				result.js = js.reduce((n, b) => n + gzipSync(b).length, 0);
				// Zoom in and out with the wheel, then pan by dragging, and record every frame.
				const box = (await page.locator('.chart svg').boundingBox())!;
				const cx = box.x + box.width / 2;
				const cy = box.y + 80;
				result.frames = await frameTimes(page, async () => {
					await page.mouse.move(cx, cy);
					// The plain wheel scrolls the page; Ctrl + wheel zooms.
					await page.keyboard.down('Control');
					for (let i = 0; i < 12; i++) (await page.mouse.wheel(0, -120), await page.waitForTimeout(16));
					await page.keyboard.up('Control');
					await page.mouse.down();
					for (let i = 0; i < 30; i++) (await page.mouse.move(cx - i * 15, cy), await page.waitForTimeout(16));
					await page.mouse.up();
					await page.keyboard.down('Control');
					for (let i = 0; i < 12; i++) (await page.mouse.wheel(0, 120), await page.waitForTimeout(16));
					await page.keyboard.up('Control');
				});
				// Filter: tick a kind, time to the next frame; untick.
				for (let i = 0; i < 6; i++) {
					await page.locator('summary', { hasText: 'Kind' }).click();
					await page.locator('input[name="kind"]').first().waitFor();
					result.filter.push(
						await page.evaluate(async () => {
							const input = document.querySelector<HTMLInputElement>('input[name="kind"]:not([disabled])')!;
							// From the click until the DOM is updated and laid out (not counting the wait for the next vsync).
							const t0 = performance.now();
							input.click();
							await new Promise((r) => setTimeout(r));
							void document.body.offsetHeight;
							const dt = performance.now() - t0;
							input.click();
							await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
							return dt;
						})
					);
					await page.keyboard.press('Escape');
				}
				// Search: load the index, then time each keystroke to the next frame.
				const box2 = page.getByRole('searchbox');
				await box2.focus();
				await page.waitForFunction(() => !document.querySelector('.search [id$="-status"]')?.textContent?.includes('Loading'));
				await page.waitForTimeout(300);
				result.search = await page.evaluate(async () => {
					const input = document.querySelector('.search input[type="search"]') as HTMLInputElement;
					const times: number[] = [];
					for (const q of ['p', 'pa', 'pal', 'pale', 'paler', 'palerm', 'palermo', 'palermo c', 'palermo co', 'palermo con']) {
						const t0 = performance.now();
						input.value = q;
						input.dispatchEvent(new Event('input', { bubbles: true }));
						await new Promise((r) => setTimeout(r));
						void document.body.offsetHeight;
						times.push(performance.now() - t0);
						await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
					}
					return times;
				});
			}
			await context.close();
		}
	} finally {
		await browser.close();
		server.kill();
	}
	return result;
}

mkdirSync(work, { recursive: true });
const datasets: [string, string | undefined][] = [['real', undefined], ...sizes.map((n): [string, string] => [`${n}`, synthetic(n)])];
const rows = [];
let port = 4450;
for (const [label, dataRoot] of datasets) {
	const { dir, seconds } = build(label, dataRoot);
	const r = await measure(label, dir, port++);
	const events = JSON.parse(readFileSync(join(dir, 'data/graph.json'), 'utf8')).events.length;
	rows.push({ ...r, events, build: seconds });
	console.log(`${label}: ${events} events, build ${seconds.toFixed(0)} s, paint ${median(r.paint).toFixed(0)} ms, hydrated ${median(r.hydrated).toFixed(0)} ms, frame p95 ${p95(r.frames).toFixed(1)} ms, filter ${median(r.filter).toFixed(1)} ms, search ${median(r.search).toFixed(1)} ms, JS ${(r.js / 1024).toFixed(1)} KB gz`);
}

const chromeVersion = executablePath ? execSync(`${executablePath} --version`).toString().trim() : 'Playwright Chromium';
const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');
const check = (ok: boolean) => (ok ? 'met' : '**not met**');
const lines = [
	'# Benchmarks',
	'',
	`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${chromeVersion} (headless, no GPU). Viewport 1280 × 800. Medians of ${RUNS} loads; zoom/pan, filter and search from the first load.`,
	'',
	'| graph | events | SVG marks (rest on canvas) | marks on screen (first paint) | interactive (hydrated) | zoom/pan frame p95 | filter | search per keystroke | JS (gzip) |',
	'|---|---:|---:|---:|---:|---:|---:|---:|---:|',
	...rows.map((r) => `| ${r.label} | ${r.events} | ${r.marks} | ${f(median(r.paint))} ms | ${f(median(r.hydrated))} ms | ${f(p95(r.frames), 1)} ms | ${f(median(r.filter), 1)} ms | ${f(median(r.search), 1)} ms (max ${f(Math.max(...r.search), 1)}) | ${f(r.js / 1024, 1)} KB |`),
	'',
	'## Against the targets',
	'',
	'| target | result |',
	'|---|---|',
	`| real data on screen within 250 ms | ${check(median(rows[0].paint) <= 250)} (${f(median(rows[0].paint))} ms) |`,
	...rows.filter((r) => r.events >= 900 && r.events < 5000).map((r) => `| ${r.events} events on screen within 400 ms | ${check(median(r.paint) <= 400)} (${f(median(r.paint))} ms) |`),
	// rAF intervals are whole vsync periods (16.6–16.8 ms at 60 Hz): a p95 of one period means no dropped frame.
	...rows.map((r) => `| zoom/pan p95 frame ≤ 16.7 ms, ${r.label} | ${check(p95(r.frames) <= 17)} (${f(p95(r.frames), 1)} ms) |`),
	...rows.map((r) => `| filter ≤ 16 ms, ${r.label} | ${check(median(r.filter) <= 16)} (${f(median(r.filter), 1)} ms) |`),
	...rows.map((r) => `| search ≤ 30 ms per keystroke, ${r.label} | ${check(median(r.search) <= 30)} (${f(median(r.search), 1)} ms) |`),
	`| timeline JavaScript ≤ 150 KB gzipped | ${check(rows[0].js <= 150 * 1024)} (${f(rows[0].js / 1024, 1)} KB) |`,
	''
];
const notes = existsSync('BENCHMARKS.notes.md') ? readFileSync('BENCHMARKS.notes.md', 'utf8') : '';
writeFileSync('BENCHMARKS.md', lines.join('\n') + (notes ? '\n' + notes : ''));
console.log('\nWrote BENCHMARKS.md');
