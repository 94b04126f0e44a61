/**
 * `npm run bench`: our /timeline side by side with TimelineJS 3 and vis-timeline, on the real graph and on
 * synthetic graphs of 1,000 and 10,000 events, in headless Chromium on this machine. Results are printed and
 * written to BENCHMARKS.md (with, for each target not met, a trace and CPU profile of what costs the time).
 * Not part of `npm test`.
 *
 *   npm run bench                      # 7 loads of each timeline per graph, interleaved
 *   npm run bench -- --quick           # 3 loads, fewer interactions: a smoke run (BENCHMARKS.md untouched)
 *   npm run bench -- --head            # build from a clean checkout of HEAD (a git worktree), not the working copy
 *   options: --loads=N  --sizes=1000,10000  --source=DIR (build another checkout)  --rebuild (ignore cached builds)
 *            --no-profile  --write (with --quick)  --report (BENCHMARKS.md again from the last run's results)
 *            --kinds=ours (only these timelines: a smoke run)
 *   env: BENCH_PORT (first port used, default 4450), BENCH_SIZES, CHROMIUM_PATH
 *
 * How: each graph is built once (cached in .bench/ by a stamp of the source and the data) and served on
 * 127.0.0.1 by scripts/serve.js, as a host would (its headers and CSP); TimelineJS and vis-timeline are served
 * from node_modules with the same events (scripts/bench/anchors.ts, pages in scripts/bench/*.html). For each
 * graph, rounds of one load of each timeline in turn (the order rotating), each in a fresh browser context.
 * Everything is timed in the page by scripts/bench/probe.js (PerformanceObserver, MutationObserver, rAF); the
 * bench only drives the input (real mouse and key events) and reads the results. Any request that leaves the
 * machine fails the run.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, dropSource, source, synthetic, type Built } from './bench/build.ts';
import { lanesOf, serveAnchors, writeAnchorData, type Graph } from './bench/anchors.ts';
import { max, median, min, p95, paired, count } from './bench/stats.ts';
import { summarize, summaryMarkdown, traced, type Summary } from './bench/profile.ts';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name: string) => argv.includes(`--${name}`);
const QUICK = flag('quick');
const LOADS = Number(opt('loads') ?? (QUICK ? 3 : 7));
const SIZES = (opt('sizes') ?? process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const CLICKS = QUICK ? 2 : 3; // per load
const FILTERS = QUICK ? 1 : 2; // tick + untick pairs per load
const SEARCHES = QUICK ? ['palermo con'] : ['palermo con', 'negotation'];
const FILTERED_LOADS = QUICK ? 1 : 3;
const PROFILE = !flag('no-profile');
const WRITE = !QUICK || flag('write');

const root = process.cwd();
const work = join(root, '.bench');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
// Off-origin names resolve nowhere, so a stray request fails at once (and is reported: the run fails).
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const VIEWPORT = { width: 1280, height: 800 };
const KINDS = ['ours', 'timelinejs', 'vis'] as const;
type Kind = (typeof KINDS)[number];
const NAMES: Record<Kind, string> = { ours: 'Palermo Timeline', timelinejs: 'TimelineJS 3', vis: 'vis-timeline' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (...xs: unknown[]) => console.log(...xs);

// ---------------------------------------------------------------- results
interface LoadResult {
	kind: Kind;
	round: number;
	/** The opening view painted: every mark of it on screen (ours: SVG marks, and the canvas drawn when dense). */
	paint?: number;
	/** The first frame with any mark on screen. */
	first?: number;
	fcp?: number;
	/** Interactive: the page's own "ready" (ours: hydrated; TimelineJS: loaded; vis: first changed), not before paint. */
	interactive?: number;
	/** Blocking time (Σ long task − 50 ms) from navigation to interactive. */
	tbt?: number;
	longest?: number;
	load1: number;
	errors: string[];
}
interface Measure {
	/** The input event's time, on the page's clock. */
	t0?: number;
	paint: number;
	dom: number;
	work: number;
	eventTiming?: number;
	/** TimelineJS: until the slide has glided into place. */
	settled?: number;
}
interface Gesture {
	intervals: number[];
	tbt: number;
	longtasks: [number, number][];
	ms: number;
}
interface SizeResult {
	label: string;
	events: number;
	build?: number;
	loads: Record<Kind, LoadResult[]>;
	clicks: Record<Kind, Measure[]>;
	gestures: Record<Kind, Gesture[]>;
	filter: Measure[];
	unfilter: Measure[];
	search: Measure[];
	js: Partial<Record<Kind, { total: number; files: [string, number][] }>>;
	filtered: { actor: string; matching: number; loads: { firstPaint?: number; firstIds: number; firstWrong: number; wrongBeforeReady: number; listWrong: number; frames: number }[] };
	svgMarks?: number;
	canvasMarks?: number;
}

const offOrigin = new Set<string>();
const failed = new Set<string>();

// ---------------------------------------------------------------- pages
interface Ports {
	site: number;
	anchors: number;
}
const urlOf = (kind: Kind, label: string, ports: Ports) =>
	kind === 'ours' ? `http://127.0.0.1:${ports.site}/timeline` : `http://127.0.0.1:${ports.anchors}/${label}/${kind === 'vis' ? 'vis-timeline' : 'timelinejs'}.html`;

async function open(browser: Browser, kind: Kind, watch = false): Promise<{ context: BrowserContext; page: Page }> {
	// Service workers blocked: a first visit's background download of the whole site (offline mode) would
	// compete with every measurement; each load is a first visit in a fresh context.
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
	// tsx names functions with a helper (__name) that does not exist in the page: give the page one.
	await context.addInitScript('window.__name = (f) => f;');
	await context.addInitScript(`window.__benchKind = ${JSON.stringify(kind)};` + (watch ? `window.__benchWatch = { chart: '.chart svg a[data-event-id]:not(.faded)', list: '.list-view [data-event-id]' };` : ''));
	await context.addInitScript({ path: join(root, 'scripts/bench/probe.js') });
	context.on('request', (r) => {
		const u = new URL(r.url());
		if (/^(data|blob|about):/.test(u.protocol)) return;
		if (u.hostname !== '127.0.0.1') offOrigin.add(`${kind}: ${r.url()}`);
	});
	context.on('requestfailed', (r) => failed.add(`${kind}: ${r.url()} (${r.failure()?.errorText})`));
	context.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && failed.add(`${kind}: ${r.url()} (HTTP ${r.status()})`));
	return { context, page: await context.newPage() };
}

const loadTimeout = (events: number) => (events >= 5000 ? 240_000 : 90_000);

async function load(page: Page, kind: Kind, url: string, events: number, round: number): Promise<LoadResult> {
	const load1 = loadavg()[0];
	await page.goto(url, { waitUntil: 'load', timeout: loadTimeout(events) });
	const l = await page.evaluate((t) => (window as any).__bench.loaded(t), loadTimeout(events));
	// Paint timing arrives with the frame's presentation, a little after: read it once the page is quiet.
	await quiet(page, 300);
	const { longtasks, fcp }: { longtasks: [number, number][]; fcp?: number } = await page.evaluate(() => {
		const B = (window as any).__bench;
		B.flush();
		return { longtasks: B.longtasks, fcp: B.paint['first-contentful-paint'] };
	});
	const paint: number | undefined = l.all;
	const interactive = l.ready === undefined || paint === undefined ? undefined : Math.max(l.ready, paint);
	const before = longtasks.filter(([s]) => interactive === undefined || s < interactive);
	return {
		kind,
		round,
		paint,
		first: l.first,
		fcp,
		interactive,
		tbt: before.reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
		longest: Math.max(0, ...before.map(([, d]) => d)),
		load1,
		errors: l.errors
	};
}

const quiet = (page: Page, ms = 300, timeout = 10_000) => page.evaluate(([a, b]) => (window as any).__bench.quiet(a, b), [ms, timeout]);

/** Arms the in-page measurement, performs the input, returns what the page measured (undefined on time-out). */
async function measured(page: Page, start: string, done: string, arg: unknown, input: () => Promise<void>, timeout = 15_000): Promise<Measure | undefined> {
	await page.evaluate(([s, d, a]) => (window as any).__bench.arm(s, d, a), [start, done, arg] as const);
	await input();
	return page.evaluate((t) => (window as any).__bench.result(t), timeout);
}

/** A mark on screen and unobstructed at its centre, the k-th of those, set as the page's `__bench.target`. */
function pickTarget(page: Page, selector: string, closest: string, k: number, exclude?: string) {
	return page.evaluate(
		([sel, near, k, ex]) => {
			const B = (window as any).__bench;
			const ok = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
				const owner = el.closest(near) ?? el;
				if (!B.visible(el) || (ex && owner.matches(ex))) return false;
				const r = el.getBoundingClientRect();
				const x = r.left + r.width / 2;
				const y = r.top + r.height / 2;
				if (x < 4 || y < 4 || x > innerWidth - 4 || y > innerHeight - 4) return false;
				return document.elementFromPoint(x, y)?.closest(near) === owner;
			});
			if (!ok.length) return undefined;
			const el = ok[(k * 7 + 3) % ok.length];
			const owner = el.closest(near) ?? el;
			B.target = owner;
			const r = el.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2, id: owner.getAttribute('data-event-id') ?? owner.id ?? '' };
		},
		[selector, closest, k, exclude] as const
	);
}

// ---------------------------------------------------------------- interactions
async function clicks(page: Page, kind: Kind, titles: Map<string, string>, n: number): Promise<Measure[]> {
	const out: Measure[] = [];
	for (let k = 0; k < n; k++) {
		await quiet(page);
		if (kind === 'ours') {
			const t = await pickTarget(page, '.chart svg a[data-event-id]', 'a', k);
			if (!t) break;
			const m = await measured(page, 'pointerdown', 'detail', titles.get(t.id), () => page.mouse.click(t.x, t.y));
			if (m) out.push(m);
			await page.keyboard.press('Escape');
			await page.locator('.detail').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
		} else if (kind === 'vis') {
			const t = await pickTarget(page, '.vis-item', '.vis-item', k, '.vis-selected');
			if (!t) break;
			const m = await measured(page, 'pointerdown', 'targetClass', 'vis-selected', () => page.mouse.click(t.x, t.y));
			if (m) out.push(m);
		} else {
			// The marker itself is 0 px wide: its flag (the content container) is what a reader clicks.
			const t = await pickTarget(page, '.tl-timemarker .tl-timemarker-content-container', '.tl-timemarker', k, '.tl-timemarker-active');
			if (!t) break;
			const m = await measured(page, 'pointerdown', 'targetClass', 'tl-timemarker-active', () => page.mouse.click(t.x, t.y));
			if (!m) break; // no answer within the time-out: the next click would not fare better
			{
				// Then the slide glides in (TimelineJS animates for `duration`, 1 s by default): until it stands still.
				m.settled = await page.evaluate(
					(id) =>
						new Promise<number>((resolve) => {
							const slide = document.getElementById(id.replace(/-marker$/, ''));
							const t0 = performance.now();
							let last = NaN;
							let still = 0;
							const frame = () => {
								const x = slide?.getBoundingClientRect().left ?? 0;
								still = Math.abs(x - last) < 0.5 ? still + 1 : 0;
								last = x;
								if (still >= 3 || performance.now() - t0 > 5000) return resolve(performance.now() - t0);
								requestAnimationFrame(frame);
							};
							requestAnimationFrame(frame);
						}),
					t.id
				);
				m.settled += m.paint;
				out.push(m);
			}
			await sleep(200);
		}
	}
	return out;
}

async function filters(page: Page, n: number): Promise<{ filter: Measure[]; unfilter: Measure[] }> {
	const filter: Measure[] = [];
	const unfilter: Measure[] = [];
	const count = () => page.evaluate(() => document.querySelector('.result-count')?.textContent?.trim() ?? '');
	const clickBox = async (value: string, before: string) => {
		const box = await page.locator(`input[name="kind"][value="${value}"]`).boundingBox();
		if (!box) return undefined;
		return measured(page, 'pointerdown', 'countChanged', before, () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
	};
	await page.locator('summary', { hasText: 'Kind' }).click();
	await page.locator('input[name="kind"]').first().waitFor();
	for (let i = 0; i < n; i++) {
		await quiet(page);
		const value = await page.locator('input[name="kind"]:not([disabled])').nth(i).getAttribute('value');
		if (!value) break;
		const a = await clickBox(value, await count());
		if (a) filter.push(a);
		await quiet(page);
		const b = await clickBox(value, await count());
		if (b) unfilter.push(b);
	}
	await page.keyboard.press('Escape');
	return { filter, unfilter };
}

async function search(page: Page, queries: string[]): Promise<Measure[]> {
	const out: Measure[] = [];
	const input = page.locator('.search input[type="search"]');
	await input.click();
	await page.waitForFunction(() => !document.querySelector('.search [id$="-status"]')?.textContent?.includes('Loading'), undefined, { timeout: 30_000 });
	for (const q of queries) {
		await input.fill('');
		await quiet(page);
		for (let i = 1; i <= q.length; i++) {
			const m = await measured(page, 'keydown', 'searchValue', q.slice(0, i), () => page.keyboard.type(q[i - 1]));
			if (m) out.push(m);
			await sleep(30);
		}
	}
	await input.fill('');
	return out;
}

/** Zoom in, pan by dragging, zoom out: ours and vis-timeline with Ctrl + wheel, TimelineJS with its zoom buttons (it has no wheel zoom). */
async function gesture(page: Page, kind: Kind): Promise<Gesture | undefined> {
	await quiet(page, 500);
	const box = await page.locator(kind === 'ours' ? '.chart svg' : kind === 'vis' ? '.vis-panel.vis-center' : '.tl-timenav').first().boundingBox();
	if (!box) return undefined;
	const cx = box.x + box.width / 2;
	const cy = kind === 'ours' ? box.y + 80 : box.y + Math.min(box.height / 2, 120);
	await page.mouse.move(cx, cy);
	await page.evaluate(() => (window as any).__bench.framesStart());
	const wheel = async (dy: number) => {
		await page.keyboard.down('Control');
		for (let i = 0; i < 12; i++) await page.mouse.wheel(0, dy), await sleep(16);
		await page.keyboard.up('Control');
	};
	const zoomButton = async (which: 'in' | 'out') => {
		for (let i = 0; i < 4; i++) await page.locator(`.tl-menubar-button:has(.tl-icon-zoom-${which})`).click(), await sleep(250);
	};
	if (kind === 'timelinejs') await zoomButton('in');
	else await wheel(-120);
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	for (let i = 1; i <= 30; i++) await page.mouse.move(cx - i * 15, cy), await sleep(16);
	await page.mouse.up();
	if (kind === 'timelinejs') await zoomButton('out');
	else await wheel(120);
	return page.evaluate(() => (window as any).__bench.framesStop());
}

/** Event Timing's duration for each measured input (its entries arrive after the frame is presented: read last). */
async function eventTiming(page: Page, ms: Measure[]) {
	const entries: { start: number; duration: number; interactionId?: number }[] = await page.evaluate(() => ((window as any).__bench.flush(), (window as any).__bench.events));
	for (const m of ms) {
		if (m.t0 === undefined || m.eventTiming !== undefined) continue;
		const mine = entries.filter((e) => e.interactionId && e.start >= m.t0! - 1 && e.start <= m.t0! + m.paint);
		if (mine.length) m.eventTiming = Math.max(...mine.map((e) => e.duration));
	}
}

/** JavaScript fetched before the first interaction, gzipped (ours: every chunk; anchors: the libraries, not the bench's data file). */
async function jsBefore(responses: Promise<[string, Buffer] | undefined>[]) {
	const files = (await Promise.all(responses)).filter((x): x is [string, Buffer] => !!x).map(([u, b]): [string, number] => [new URL(u).pathname, gzipSync(b, { level: 9 }).length]);
	return { total: files.reduce((n, [, b]) => n + b, 0), files };
}

// ---------------------------------------------------------------- one graph
async function runSize(browser: Browser, built: Built, ports: Ports, graph: Graph, site: Built): Promise<SizeResult> {
	const label = built.label;
	const events = graph.events.length;
	const titles = new Map(graph.events.map((e) => [e.id, e.title]));
	const empty = <T>() => ({ ours: [] as T[], timelinejs: [] as T[], vis: [] as T[] });
	const r: SizeResult = { label, events, build: built.seconds, loads: empty(), clicks: empty(), gestures: empty(), filter: [], unfilter: [], search: [], js: {}, filtered: { actor: '', matching: 0, loads: [] } };
	void site;
	for (let round = 0; round < LOADS; round++) {
		// --kinds=ours (a smoke run of our page alone, e.g. after a change; the ratios then read —).
		const only = opt('kinds')?.split(',');
		const order = KINDS.map((_, i) => KINDS[(i + round) % KINDS.length]).filter((k) => !only || only.includes(k));
		for (const kind of order) {
			const { context, page } = await open(browser, kind);
			const bodies: Promise<[string, Buffer] | undefined>[] = [];
			let capturing = round === 0;
			if (capturing)
				page.on('response', (res) => {
					if (!capturing || res.request().resourceType() !== 'script' || /\/data-[a-z]+\.js$/.test(res.url())) return;
					bodies.push(res.body().then((b) => [res.url(), b] as [string, Buffer], () => undefined));
				});
			const t = Date.now();
			try {
				const l = await load(page, kind, urlOf(kind, label, ports), events, round);
				r.loads[kind].push(l);
				if (capturing) {
					capturing = false;
					r.js[kind] = await jsBefore(bodies);
					if (kind === 'ours')
						Object.assign(r, await page.evaluate(() => ({ svgMarks: document.querySelectorAll('.chart svg a[data-event-id]').length, canvasMarks: Number(document.querySelector('.chart canvas')?.getAttribute('data-marks') ?? 0) })));
				}
				if (l.interactive === undefined) {
					log(`  ${label} ${kind} round ${round + 1}: not interactive within ${loadTimeout(events) / 1000} s`);
					continue;
				}
				r.clicks[kind].push(...(await clicks(page, kind, titles, CLICKS)));
				if (kind === 'ours') {
					const f = await filters(page, FILTERS);
					r.filter.push(...f.filter);
					r.unfilter.push(...f.unfilter);
					r.search.push(...(await search(page, SEARCHES)));
				}
				// The anchors' gestures take long at size (TimelineJS blocks for minutes at 10,000 events): fewer of them.
				const gestureRounds = kind === 'ours' ? LOADS : kind === 'timelinejs' && events >= 5000 ? 1 : 2;
				const g = round < gestureRounds ? await gesture(page, kind) : undefined;
				if (g) r.gestures[kind].push(g);
				await eventTiming(page, [...r.clicks[kind], ...(kind === 'ours' ? [...r.filter, ...r.unfilter, ...r.search] : [])]);
				log(`  ${label} ${kind.padEnd(10)} round ${round + 1}: paint ${l.paint?.toFixed(0)} ms, interactive ${l.interactive?.toFixed(0)} ms (${((Date.now() - t) / 1000).toFixed(0)} s, load ${l.load1.toFixed(1)})`);
			} catch (e) {
				log(`  ${label} ${kind} round ${round + 1}: ${(e as Error).message.split('\n')[0]}`);
			} finally {
				await context.close();
			}
		}
	}
	// A link with a filter: what do its first painted frames show?
	const counts = new Map<string, number>();
	for (const e of graph.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
	const [actor] = [...counts].filter(([, n]) => n <= events / 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
	const matching = new Set(graph.events.filter((e) => e.actors.includes(actor)).map((e) => e.id));
	r.filtered = { actor, matching: matching.size, loads: [] };
	for (let i = 0; i < FILTERED_LOADS; i++) {
		const { context, page } = await open(browser, 'ours', true);
		try {
			await page.goto(`${urlOf('ours', label, ports)}?actor=${encodeURIComponent(actor)}`, { waitUntil: 'load', timeout: loadTimeout(events) });
			await page.evaluate((t) => (window as any).__bench.loaded(t), loadTimeout(events));
			await page.waitForFunction(() => (window as any).__bench.frames.filter((f: { ready: boolean }) => f.ready).length >= 3, undefined, { timeout: 30_000 });
			const frames: { t: number; ids: string[]; list: string[]; canvas: number; ready: boolean }[] = await page.evaluate(() => (window as any).__bench.frames);
			const shown = frames.filter((f) => f.ids.length || f.list.length || f.canvas);
			const first = shown[0];
			const before = frames.filter((f) => !f.ready);
			r.filtered.loads.push({
				firstPaint: first?.t,
				firstIds: first ? first.ids.length + first.list.length : 0,
				firstWrong: first ? [...first.ids, ...first.list].filter((id) => !matching.has(id)).length : 0,
				wrongBeforeReady: Math.max(0, ...before.map((f) => f.ids.filter((id) => !matching.has(id)).length)),
				listWrong: Math.max(0, ...frames.map((f) => f.list.filter((id) => !matching.has(id)).length)),
				frames: frames.length
			});
		} catch (e) {
			log(`  ${label} filtered URL: ${(e as Error).message.split('\n')[0]}`);
		} finally {
			await context.close();
		}
	}
	return r;
}

// ---------------------------------------------------------------- targets
interface Check {
	size: string;
	figure: string;
	target: string;
	value: string;
	met: boolean;
	/** What to profile when not met. */
	profile?: 'load' | 'click' | 'filter' | 'unfilter' | 'gesture' | 'search';
}
const ms = (x: number, d = 0) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : '—');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function checks(rs: SizeResult[]): Check[] {
	const out: Check[] = [];
	for (const r of rs) {
		const med = (k: Kind, f: keyof LoadResult) => median(r.loads[k].map((l) => l[f] as number));
		const faster = (f: keyof LoadResult): Kind => (med('timelinejs', f) <= med('vis', f) || !Number.isFinite(med('vis', f)) ? 'timelinejs' : 'vis');
		const fp = faster('paint');
		const ratio = (f: keyof LoadResult, anchor: Kind) => median(paired(r.loads.ours.map((l) => l[f] as number), r.loads[anchor].map((l) => l[f] as number)));
		const paintRatio = med('ours', 'paint') / med(fp, 'paint');
		out.push({ size: r.label, figure: 'paint (marks on screen)', target: `≤ 0.33 × the faster anchor (${NAMES[fp]}, ${ms(med(fp, 'paint'))})`, value: `${ms(med('ours', 'paint'))} = ${paintRatio.toFixed(2)} × (paired ${ratio('paint', fp).toFixed(2)})`, met: paintRatio <= 0.33, profile: 'load' });
		if (r.label === 'real') {
			const gap = median(r.loads.ours.map((l) => (l.interactive ?? NaN) - (l.paint ?? NaN)));
			out.push({ size: r.label, figure: 'interactive', target: '≤ paint + 100 ms', value: `${ms(med('ours', 'interactive'))}, paint + ${ms(gap)}`, met: gap <= 100, profile: 'load' });
		} else {
			const fi = faster('interactive');
			const q = med('ours', 'interactive') / med(fi, 'interactive');
			out.push({ size: r.label, figure: 'interactive', target: `≤ 0.25 × the faster anchor (${NAMES[fi]}, ${ms(med(fi, 'interactive'))})`, value: `${ms(med('ours', 'interactive'))} = ${q.toFixed(2)} × (paired ${ratio('interactive', fi).toFixed(2)})`, met: q <= 0.25, profile: 'load' });
		}
		const c = r.clicks.ours.map((m) => m.paint);
		out.push({ size: r.label, figure: 'click → detail on screen', target: '≤ 20 ms (one frame), p95', value: `median ${ms(median(c), 1)}, p95 ${ms(p95(c), 1)}`, met: p95(c) <= 20, profile: 'click' });
		if (r.events >= 5000) {
			for (const [name, xs] of [['filter', r.filter], ['unfilter', r.unfilter]] as const) {
				const w = xs.map((m) => m.work);
				out.push({ size: r.label, figure: name, target: '≤ 16 ms p95 (work: input → DOM updated and the frame rendered)', value: `p95 ${ms(p95(w), 1)} (to paint ${ms(p95(xs.map((m) => m.paint)), 1)})`, met: p95(w) <= 16, profile: name });
			}
			const g = r.gestures.ours;
			const frame = p95(g.flatMap((x) => x.intervals));
			const tbt = median(g.map((x) => x.tbt));
			// rAF intervals are whole vsync periods (16.6–16.8 ms at 60 Hz): one period at p95 is no frame dropped.
			out.push({ size: r.label, figure: 'zoom and pan', target: 'p95 frame ≤ 16.7 ms and 0 ms total blocking time', value: `p95 ${ms(frame, 1)}, TBT ${ms(tbt)} per gesture (median)`, met: frame <= 17 && tbt === 0, profile: 'gesture' });
			const s = r.search.map((m) => m.paint);
			out.push({ size: r.label, figure: 'search, every keystroke', target: '≤ 30 ms p95 (input → results painted)', value: `p95 ${ms(p95(s), 1)}, max ${ms(max(s), 1)}`, met: p95(s) <= 30, profile: 'search' });
		}
		const wrong = r.filtered.loads.some((l) => l.firstWrong > 0 || l.wrongBeforeReady > 0 || l.listWrong > 0);
		out.push({ size: r.label, figure: 'a URL with filters', target: 'first paint shows the filtered view, or no marks until it can', value: `${r.filtered.loads.length} loads of ?actor=${r.filtered.actor}: ${wrong ? 'wrong marks painted' : 'no excluded mark painted'}`, met: !wrong && r.filtered.loads.length > 0 });
	}
	const real = rs.find((r) => r.label === 'real');
	if (real?.js.ours) out.push({ size: 'real', figure: '/timeline JavaScript before interaction', target: '≤ 80 KB gzipped', value: kb(real.js.ours.total), met: real.js.ours.total <= 80 * 1024 });
	return out;
}

// ---------------------------------------------------------------- profiles
async function profiles(browser: Browser, rs: SizeResult[], sites: Map<string, Built>, portsOf: Map<string, Ports>, failing: Check[]): Promise<string[]> {
	const lines: string[] = [];
	const done = new Set<string>();
	for (const c of failing) {
		if (!c.profile || done.has(`${c.size}:${c.profile}`)) continue;
		done.add(`${c.size}:${c.profile}`);
		const r = rs.find((x) => x.label === c.size)!;
		const site = sites.get(c.size)!;
		const url = urlOf('ours', c.size, portsOf.get(c.size)!);
		const titles = new Map<string, string>();
		const graph: Graph = JSON.parse(readFileSync(join(site.dir, 'data/graph.json'), 'utf8'));
		for (const e of graph.events) titles.set(e.id, e.title);
		const { context, page } = await open(browser, 'ours');
		let summary: Summary | undefined;
		try {
			if (c.profile === 'load') {
				const trace = await traced(browser, page, async () => {
					await page.goto(url, { waitUntil: 'load', timeout: loadTimeout(r.events) });
					await page.evaluate((t) => (window as any).__bench.loaded(t), loadTimeout(r.events));
				});
				summary = summarize(trace, site.dir);
			} else {
				await page.goto(url, { waitUntil: 'load', timeout: loadTimeout(r.events) });
				await page.evaluate((t) => (window as any).__bench.loaded(t), loadTimeout(r.events));
				await quiet(page, 500);
				let trace;
				if (c.profile === 'click') trace = await traced(browser, page, async () => void (await clicks(page, 'ours', titles, 3)));
				else if (c.profile === 'filter' || c.profile === 'unfilter') trace = await traced(browser, page, async () => void (await filters(page, 3)));
				else if (c.profile === 'search') {
					const input = page.locator('.search input[type="search"]');
					await input.click();
					await page.waitForFunction(() => !document.querySelector('.search [id$="-status"]')?.textContent?.includes('Loading'));
					await quiet(page, 500);
					trace = await traced(browser, page, async () => void (await search(page, SEARCHES)));
				} else trace = await traced(browser, page, async () => void (await gesture(page, 'ours')));
				summary = summarize(trace, site.dir);
			}
		} catch (e) {
			lines.push(`#### ${c.size}: ${c.figure}`, '', `Profiling failed: ${(e as Error).message.split('\n')[0]}`, '');
		} finally {
			await context.close();
		}
		if (summary) {
			const what: Record<string, string> = {
				load: 'a load of /timeline, from navigation to interactive',
				click: 'three clicks on marks, each opening the detail (and Escape closing it)',
				filter: 'three ticks and unticks of a kind',
				unfilter: 'three ticks and unticks of a kind',
				search: `typing ${SEARCHES.map((q) => `"${q}"`).join(' and ')}, a key at a time`,
				gesture: 'the zoom-in, drag-pan, zoom-out gesture'
			};
			lines.push(...summaryMarkdown(`${c.size === 'real' ? 'Real data' : `${c.size} events`}: ${c.figure} (${c.value}) — trace of ${what[c.profile]}, ${summary.span.toFixed(0)} ms of main-thread tasks`, summary));
			log(`  profiled ${c.size} ${c.profile}`);
		}
	}
	return lines;
}

// ---------------------------------------------------------------- report
function report(rs: SizeResult[], cs: Check[], meta: { source: string; load: [number, number]; minutes: number }, profileLines: string[]): string {
	const f = (xs: (number | undefined)[], d = 0) => (count(xs) ? `${median(xs).toFixed(d)} (${min(xs).toFixed(d)}–${max(xs).toFixed(d)})` : '—');
	const rat = (xs: number[]) => (count(xs) ? `${median(xs).toFixed(2)} (${min(xs).toFixed(2)}–${max(xs).toFixed(2)})` : '—');
	const chrome = executablePath ? execSync(`${executablePath} --version`).toString().trim() : 'Playwright Chromium';
	const cpu = cpus();
	const lines = [
		'# Benchmarks',
		'',
		`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, from ${meta.source}: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${chrome}, headless, no GPU, viewport ${VIEWPORT.width} × ${VIEWPORT.height}. ${LOADS} loads of each timeline per graph, interleaved (round-robin, the order rotating, each load a fresh browser context); ${meta.minutes.toFixed(0)} minutes. Load average (1 min) ${meta.load[0].toFixed(1)} at the start, ${meta.load[1].toFixed(1)} at the end: the machine is shared, so compare the paired ratios more than the absolute times.`,
		'',
		'Times are medians (min–max) in ms from navigation start, or from the input event for interactions; ratios are ours ÷ the anchor, per round (paired), median (min–max).',
		''
	];
	for (const r of rs) {
		const L = r.loads;
		const col = (fn: (k: Kind) => string) => KINDS.map(fn).join(' | ');
		const pr = (fld: keyof LoadResult, a: Kind) => rat(paired(L.ours.map((l) => l[fld] as number), L[a].map((l) => l[fld] as number)));
		const row = (name: string, fld: keyof LoadResult, d = 0) => `| ${name} | ${col((k) => f(L[k].map((l) => l[fld] as number), d))} | ${pr(fld, 'timelinejs')} | ${pr(fld, 'vis')} |`;
		const inter = (xs: Measure[], pick: (m: Measure) => number | undefined = (m) => m.paint) => (xs.length ? `${median(xs.map(pick)).toFixed(1)}, p95 ${p95(xs.map(pick)).toFixed(1)} (${min(xs.map(pick)).toFixed(1)}–${max(xs.map(pick)).toFixed(1)}, n ${xs.length})` : '—');
		const gest = (gs: Gesture[]) => (gs.length ? `p95 ${p95(gs.flatMap((g) => g.intervals)).toFixed(1)}, max ${max(gs.flatMap((g) => g.intervals)).toFixed(0)}; TBT ${f(gs.map((g) => g.tbt))} per gesture` : '—');
		const clickRatio = (a: Kind) => (r.clicks.ours.length && r.clicks[a].length ? (median(r.clicks.ours.map((m) => m.paint)) / median(r.clicks[a].map((m) => m.paint))).toFixed(2) : '—');
		lines.push(
			`## ${r.label === 'real' ? 'Real data' : `${r.events.toLocaleString('en')} events`} (${r.events} events${r.svgMarks !== undefined ? `; ours opens with ${r.svgMarks} SVG marks${r.canvasMarks ? ` and ${r.canvasMarks} on a canvas` : ''}` : ''}${r.build ? `; built in ${r.build.toFixed(0)} s` : ''})`,
			'',
			`| figure | ${col((k) => NAMES[k])} | ours ÷ TimelineJS | ours ÷ vis-timeline |`,
			'|---|---:|---:|---:|---:|---:|',
			row('paint: the opening view\'s marks on screen', 'paint'),
			row('first mark on screen', 'first'),
			row('first contentful paint', 'fcp'),
			row('interactive (a click works)', 'interactive'),
			row('blocking time before interactive (Σ long task − 50)', 'tbt'),
			row('longest task before interactive', 'longest'),
			`| click → detail painted (ms; median, p95, range) | ${col((k) => inter(r.clicks[k]))} | ${clickRatio('timelinejs')} | ${clickRatio('vis')} |`,
			`| … as Event Timing reports it (click duration, 8 ms steps) | ${col((k) => inter(r.clicks[k].filter((m) => m.eventTiming !== undefined), (m) => m.eventTiming))} | | |`,
			`| TimelineJS: until the slide has glided into place | — | ${inter(r.clicks.timelinejs.filter((m) => m.settled !== undefined), (m) => m.settled)} | — | | |`,
			`| filter: tick a kind — work (to paint) | ${inter(r.filter, (m) => m.work)} (${inter(r.filter)}) | no facets | no facets | | |`,
			`| unfilter: untick it — work (to paint) | ${inter(r.unfilter, (m) => m.work)} (${inter(r.unfilter)}) | no facets | no facets | | |`,
			`| search, per keystroke — to paint (work) | ${inter(r.search)} (${inter(r.search, (m) => m.work)}) | no search | no search | | |`,
			`| zoom + pan: frame interval (ms) and blocking | ${col((k) => gest(r.gestures[k]))} | | |`,
			`| JavaScript before interaction, gzip | ${col((k) => (r.js[k] ? kb(r.js[k]!.total) : '—'))} | | |`,
			`| ?actor=${r.filtered.actor} (${r.filtered.matching} events): marks the filter excludes, first painted frame / any frame before interactive | ${r.filtered.loads.map((l) => `${l.firstWrong} of ${l.firstIds} / ${l.wrongBeforeReady}`).join('; ') || '—'} | — | — | | |`,
			''
		);
	}
	lines.push('## Against the targets', '', '| graph | figure | target | result | |', '|---|---|---|---|---|');
	for (const c of cs) lines.push(`| ${c.size} | ${c.figure} | ${c.target} | ${c.value} | ${c.met ? 'met' : '**not met**'} |`);
	lines.push('');
	if (profileLines.length) lines.push('## Profiles of the targets not met', '', 'Each from one more load of our /timeline, traced (devtools.timeline and the V8 sampling profiler at 100 µs; the tracing slows the page, so read the shares, not the totals). Functions are named through the build\'s source maps: `file:line name` and the source line the function starts on.', '', ...profileLines);
	lines.push(...HOW_TO_READ);
	const notes = existsSync(join(root, 'scripts/bench/notes.md')) ? readFileSync(join(root, 'scripts/bench/notes.md'), 'utf8') : '';
	return lines.join('\n') + (notes ? '\n' + notes : '');
}

const HOW_TO_READ = [
	'## What each figure measures',
	'',
	'All three timelines get the same events (the build\'s `data/graph.json`): ours as built, TimelineJS as its JSON (`start_date`/`end_date` at their precision, the lane as `group`), vis-timeline as a DataSet of points and ranges in groups (the lanes). Every time is taken in the page by `scripts/bench/probe.js`; a frame counts as painted when a message posted from its `requestAnimationFrame` callback runs (after that frame\'s style, layout and paint), the same rule for all three.',
	'',
	'- **paint: the opening view\'s marks on screen** — the first frame in which a mark is visible in the viewport (`checkVisibility`, in the viewport) and the opening view is complete. Marks: ours `a[data-event-id]` in the chart SVG, and, in dense views (more than `denseAt` marks, most drawn on a canvas that the prerendered HTML leaves blank), the canvas drawn; TimelineJS `.tl-timemarker` flags; vis-timeline `.vis-item`. **first mark on screen** is the first frame with any mark (ours: the prerendered SVG marks). **first contentful paint** is the browser\'s (PerformanceObserver `paint`).',
	'- **interactive** — the page\'s own signal that a click works, and not before paint: ours `performance.mark(\'hydrated\')` (the layout\'s `onMount`), TimelineJS its `loaded` event, vis-timeline its first `changed` event (the pages in `scripts/bench/` mark them). **Blocking time** is Σ (long task − 50 ms) from navigation to interactive (PerformanceObserver `longtask`).',
	'- **click → detail painted** — from the `pointerdown` event\'s timeStamp (Playwright\'s mouse, a real input event at the centre of a mark that `elementFromPoint` confirms) to the first painted frame showing the result. Ours: the detail panel\'s `h2` holds the event\'s title. vis-timeline has no detail panel: its equivalent is the selection (the item gets `vis-selected`). TimelineJS: the clicked marker becomes active (`tl-timemarker-active`) as its slide starts to glide in; the row below gives the time until the slide stands still (1 s animation by default). Event Timing\'s duration for the same input (rounded to 8 ms) is shown as a cross-check. After each click ours is closed with Escape.',
	'- **filter / unfilter** (ours only: neither anchor has facets) — a real click on the first kind\'s checkbox, then on it again; done when the result count changes. *Work* = input → the last DOM change before the frame + that frame\'s rendering (rAF → painted): the time the page spends, without the wait for the next vsync; *to paint* includes that wait. The ≤ 16 ms target is judged on work.',
	'- **search per keystroke** (ours only: neither anchor has a search) — each key of the queries typed, with the index already loaded; from `keydown` to the first painted frame after the page has handled it (judged on to-paint, p95).',
	'- **zoom + pan** — `requestAnimationFrame` intervals and long tasks during one gesture: 12 Ctrl + wheel steps in, a 30-step drag, 12 steps out (vis-timeline configured with `zoomKey: \'ctrlKey\'` so the same gesture zooms it; TimelineJS has no wheel zoom: its zoom-in and zoom-out buttons, 4 presses each, and the same drag on its time navigation). rAF intervals are whole vsync periods (16.6–16.8 ms), so a p95 of one period means no dropped frame (≤ 17 ms counts as met). Anchors: 2 gestures per graph (TimelineJS at 10,000 events: 1, it blocks for minutes), ours: one per load.',
	'- **JavaScript before interaction** — the gzipped size (level 9) of every script response of the first load up to the first input: ours every chunk /timeline loads; the anchors their libraries (not the bench\'s data file).',
	'- **a URL with filters** — `/timeline?actor=<id>` (the actor with the most events among those with at most a third of them); every frame from the first until three frames after interactive records which chart marks (not faded) and list entries are visible; a mark the filter excludes in the first painted frame, or in any frame before interactive, fails the target.',
	'- Service workers are blocked in the bench\'s browser contexts: a first visit would otherwise download the whole site in the background during the measurements. No request may leave the machine: host names other than 127.0.0.1 resolve nowhere (`--host-resolver-rules`), and any such request fails the run.',
	'',
	'## How to reproduce',
	'',
	'```sh',
	'npm ci',
	'npm run bench                 # builds (cached in .bench/), measures, writes BENCHMARKS.md; about 15–25 minutes on 2 cores',
	'npm run bench -- --quick      # 3 loads each, fewer interactions: writes .bench/BENCHMARKS.quick.md',
	'npm run bench -- --head       # from a clean checkout of HEAD (a git worktree) instead of the working copy',
	'npm run bench -- --source=DIR # from another checkout (e.g. a worktree of an older commit)',
	'```',
	'',
	'Chromium is `CHROMIUM_PATH` or `/usr/bin/chromium` (flags: `--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync`). The raw results are in `.bench/results.json`. Run nothing else heavy meanwhile: the bench waits up to 2 minutes for the load average to fall below 2.5 and records it.',
	''
];

// ---------------------------------------------------------------- main
async function waitForQuiet() {
	const t0 = Date.now();
	while (loadavg()[0] > 2.5 && Date.now() - t0 < 120_000) {
		if (Date.now() - t0 < 1000) log(`Load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: waiting up to 2 minutes for the machine to quieten…`);
		await sleep(5000);
	}
}

/** `--report`: writes BENCHMARKS.md again from the last run's .bench/results.json and profiles (after an edit of the notes). */
function rereport() {
	const saved = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8'));
	const profileLines = existsSync(join(work, 'profiles.md')) ? readFileSync(join(work, 'profiles.md'), 'utf8').split('\n') : [];
	writeFileSync(join(root, 'BENCHMARKS.md'), report(saved.results, checks(saved.results), saved.meta, profileLines));
	log('Wrote BENCHMARKS.md from .bench/results.json');
}

async function main() {
	if (flag('report')) return rereport();
	const started = Date.now();
	mkdirSync(work, { recursive: true });
	const src = opt('source') ? source(opt('source')!, work, 'working') : source(root, work, flag('head') ? 'head' : 'working');
	log(`Building from ${src.label} (${src.dir})`);
	const servers: ChildProcess[] = [];
	const closers: (() => void)[] = [];
	let browser: Browser | undefined;
	try {
		const datasets: [string, string][] = [['real', src.dir], ...SIZES.map((n): [string, string] => [`${n}`, synthetic(src.dir, work, n)])];
		const sites = new Map<string, Built>();
		for (const [label, dataRoot] of datasets) {
			const b = build(src, work, label, dataRoot, flag('rebuild'));
			sites.set(label, b);
			log(`${label}: ${b.seconds === undefined ? 'cached build' : `built in ${b.seconds.toFixed(0)} s`}`);
		}
		// Ports from BENCH_PORT (default 4450): the sites on BENCH_PORT, +1, …; the anchors on BENCH_PORT + 10.
		const basePort = Number(process.env.BENCH_PORT ?? 4450);
		const anchorPort = basePort + 10;
		const anchorData = join(work, 'anchors');
		for (const [label, b] of sites) writeAnchorData(JSON.parse(readFileSync(join(b.dir, 'data/graph.json'), 'utf8')), lanesOf(join(src.dir, 'data/site.json')), join(anchorData, label));
		const anchors = await serveAnchors(root, anchorData, anchorPort);
		closers.push(() => anchors.close());
		const portsOf = new Map<string, Ports>();
		let port = basePort;
		for (const [label, b] of sites) {
			const p = port++;
			servers.push(spawn(process.execPath, [join(root, 'scripts/serve.js'), b.dir], { env: { ...process.env, PORT: String(p) }, stdio: 'ignore' }));
			portsOf.set(label, { site: p, anchors: anchorPort });
		}
		await sleep(500);
		await waitForQuiet();
		const loadStart = loadavg()[0];
		browser = await chromium.launch({ executablePath, args });
		const rs: SizeResult[] = [];
		for (const [label, b] of sites) {
			const graph: Graph = JSON.parse(readFileSync(join(b.dir, 'data/graph.json'), 'utf8'));
			log(`${label}: ${graph.events.length} events`);
			rs.push(await runSize(browser, b, portsOf.get(label)!, graph, b));
		}
		if (offOrigin.size) throw new Error(`Requests left the machine (the benchmark must be offline):\n  ${[...offOrigin].join('\n  ')}`);
		const cs = checks(rs);
		const failing = cs.filter((c) => !c.met);
		const profileLines = PROFILE && failing.length ? await profiles(browser, rs, sites, portsOf, failing) : [];
		if (offOrigin.size) throw new Error(`Requests left the machine (the benchmark must be offline):\n  ${[...offOrigin].join('\n  ')}`);
		const meta = { source: src.label, load: [loadStart, loadavg()[0]] as [number, number], minutes: (Date.now() - started) / 60_000 };
		const md = report(rs, cs, meta, profileLines);
		const table = md.split('\n## Profiles')[0].split('\n## How to read')[0];
		log('\n' + table);
		if (failed.size) log(`\nRequests that failed (local):\n  ${[...failed].slice(0, 20).join('\n  ')}`);
		writeFileSync(join(work, 'results.json'), JSON.stringify({ meta, results: rs }));
		writeFileSync(join(work, 'profiles.md'), profileLines.join('\n'));
		if (WRITE) writeFileSync(join(root, 'BENCHMARKS.md'), md), log('\nWrote BENCHMARKS.md');
		else writeFileSync(join(work, 'BENCHMARKS.quick.md'), md), log(`\nQuick run: wrote .bench/BENCHMARKS.quick.md (BENCHMARKS.md untouched; --write to replace it)`);
	} finally {
		await browser?.close();
		servers.forEach((s) => s.kill());
		closers.forEach((c) => c());
		dropSource(root, src);
	}
}

await main();
