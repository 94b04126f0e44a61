/**
 * Profiles for the targets a run does not meet: a Chrome trace (devtools.timeline and the V8 sampling CPU
 * profiler, 100 µs) of the load or the interaction, summarised as
 *   - where the renderer's main thread spent its time, by trace event (script, style, layout, paint, GC…), self time;
 *   - the top functions of the CPU profile by self and by total time, named through the build's (hidden)
 *     source maps as `file:line name` with the line of source they start on.
 */
import type { Browser, Page } from '@playwright/test';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: { name?: string; data?: Record<string, unknown> };
}
interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
	columnNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	parent?: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'];

/** Runs `fn` with a trace of `page` recording; returns the trace's events. */
export async function traced(browser: Browser, page: Page, fn: () => Promise<void>): Promise<TraceEvent[]> {
	await browser.startTracing(page, { categories: CATEGORIES });
	let buffer: Buffer;
	try {
		await fn();
	} finally {
		buffer = await browser.stopTracing();
	}
	const json = JSON.parse(buffer.toString('utf8'));
	return Array.isArray(json) ? json : json.traceEvents;
}

export interface Summary {
	/** Wall time covered by the renderer main thread's tasks, ms. */
	span: number;
	/** Trace events by self time on the main thread, ms. */
	thread: [string, number][];
	/** Functions by self time, ms. */
	self: [string, number][];
	/** Functions by total (inclusive) time, ms. */
	total: [string, number][];
}

/** The renderer main thread that ran the most tasks (the page measured, not about:blank or another tab). */
function mainThread(events: TraceEvent[]) {
	const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
	const busy = new Map<string, number>();
	for (const e of events) if (e.ph === 'X' && e.dur && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
	return mains.sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
}

/** Names a profiled function through the build's source maps, `buildDir` being the site's root folder. */
function namer(buildDir: string) {
	const maps = new Map<string, TraceMap | null>();
	const mapFor = (url: string) => {
		if (!maps.has(url)) {
			let map: TraceMap | null = null;
			try {
				const file = join(buildDir, new URL(url).pathname) + '.map';
				if (existsSync(file)) map = new TraceMap(readFileSync(file, 'utf8'));
			} catch {
				map = null;
			}
			maps.set(url, map);
		}
		return maps.get(url);
	};
	const short = (s: string) => s.replace(/^.*?\/(src|node_modules)\//, '$1/').replace(/^(\.\.\/)+/, '');
	return (f: CallFrame) => {
		if (!f.url) return f.functionName || '(anonymous)';
		// The probe's visibility checks run in rAF, just before the frame's own layout: what they cost is that layout.
		if (f.url.includes('scripts/bench/probe.js')) return '(layout forced by the bench probe in rAF: the frame\'s own layout, done early)';
		const map = mapFor(f.url);
		if (map) {
			const pos = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
			if (pos.source) {
				const text = sourceContentFor(map, pos.source)?.split('\n')[pos.line - 1]?.trim().slice(0, 70);
				return `${short(pos.source)}:${pos.line}${pos.name ? ` ${pos.name}` : ''}${text ? ` \`${text.replace(/`/g, "'")}\`` : ''}`;
			}
		}
		const path = f.url.replace(/^https?:\/\/[^/]+/, '');
		return `${path}:${f.lineNumber + 1}:${f.columnNumber + 1} ${f.functionName || '(anonymous)'}`;
	};
}

export function summarize(events: TraceEvent[], buildDir: string, top = 12): Summary {
	const main = mainThread(events);
	const [pid, tid] = main.split(':').map(Number);
	// Main-thread self time by event name (complete events, nested by time).
	const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const stack: { end: number; name: string; child: number; dur: number }[] = [];
	const close = (upTo: number) => {
		while (stack.length && stack.at(-1)!.end <= upTo) {
			const s = stack.pop()!;
			self.set(s.name, (self.get(s.name) ?? 0) + Math.max(0, s.dur - s.child));
		}
	};
	let first = Infinity;
	let last = 0;
	for (const e of xs) {
		close(e.ts);
		if (stack.length) stack.at(-1)!.child += e.dur!;
		else (first = Math.min(first, e.ts)), (last = Math.max(last, e.ts + e.dur!));
		stack.push({ end: e.ts + e.dur!, name: e.name, child: 0, dur: e.dur! });
	}
	close(Infinity);
	// RunTask's own time is the scheduler's; what is inside it is counted by name.
	const thread = [...self].map(([n, us]): [string, number] => [n, us / 1000]).filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, top);

	// The CPU profile of that thread: Profile + ProfileChunk events sharing an id.
	const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid) ?? events.find((e) => e.name === 'Profile' && e.pid === pid);
	const nodes = new Map<number, ProfileNode>();
	const samples: number[] = [];
	const deltas: number[] = [];
	for (const e of events) {
		if (e.name !== 'ProfileChunk' || e.id !== profile?.id || e.pid !== pid) continue;
		const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
		for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
		samples.push(...(data?.cpuProfile?.samples ?? []));
		deltas.push(...(data?.timeDeltas ?? []));
	}
	const name = namer(buildDir);
	const names = new Map<number, string>();
	const nameOf = (id: number) => {
		if (!names.has(id)) names.set(id, name(nodes.get(id)!.callFrame));
		return names.get(id)!;
	};
	const selfFn = new Map<string, number>();
	const totalFn = new Map<string, number>();
	const skip = new Set(['(root)', '(idle)', '(program)']);
	for (let i = 0; i < samples.length; i++) {
		const w = (deltas[i + 1] ?? 0) / 1000;
		const node = nodes.get(samples[i]);
		if (!node || skip.has(node.callFrame.functionName)) continue;
		const key = nameOf(node.id);
		selfFn.set(key, (selfFn.get(key) ?? 0) + w);
		const seen = new Set<string>();
		for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
			if (skip.has(n.callFrame.functionName)) continue;
			const k = nameOf(n.id);
			if (!seen.has(k)) seen.add(k), totalFn.set(k, (totalFn.get(k) ?? 0) + w);
		}
	}
	// Parents of parents point to nodes only by `parent`; chunks give each node once, with its parent.
	const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
	return { span: (last - first) / 1000, thread, self: sorted(selfFn), total: sorted(totalFn) };
}

/** The summary as Markdown lines. */
export function summaryMarkdown(title: string, s: Summary): string[] {
	const f = (ms: number) => `${ms.toFixed(1)} ms`;
	return [
		`#### ${title}`,
		'',
		`Main thread, by trace event (self time): ${s.thread.map(([n, ms]) => `${n} ${f(ms)}`).join(', ')}.`,
		'',
		'| CPU profile: top functions by self time | self | | by total time | total |',
		'|---|---:|---|---|---:|',
		...Array.from({ length: Math.max(s.self.length, s.total.length) }, (_, i) => {
			const a = s.self[i];
			const b = s.total[i];
			return `| ${a ? a[0].replace(/\|/g, '\\|') : ''} | ${a ? f(a[1]) : ''} | | ${b ? b[0].replace(/\|/g, '\\|') : ''} | ${b ? f(b[1]) : ''} |`;
		}),
		''
	];
}
