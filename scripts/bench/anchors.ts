/**
 * The two anchors the benchmark measures our timeline against, TimelineJS 3 and vis-timeline, fed the same
 * events as our build (its `data/graph.json`), each in its own format, and a local static server for their
 * pages (scripts/bench/*.html), their libraries (from node_modules) and the data.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

interface GraphEvent {
	id: string;
	title: string;
	start: string;
	end?: string;
	kind: string;
	summary: string;
	actors: string[];
}
export interface Graph {
	events: GraphEvent[];
	actors: { id: string; name: string }[];
}
interface Lane {
	id: string;
	label: string;
	kinds: string[];
}

const parts = (d: string) => d.split('-').map(Number);
/** An ISO date at its precision, as a full date (a year as its 1 January, a month as its first day). */
const full = (d: string) => {
	const [y, m = 1, day = 1] = parts(d);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
/** TimelineJS dates carry their precision: { year, month?, day? }. */
const tlDate = (d: string) => {
	const [year, month, day] = parts(d);
	return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** Writes `data-timelinejs.js` and `data-vis.js` for one build into `dir`; returns the events in order. */
export function writeAnchorData(graph: Graph, lanes: Lane[], dir: string) {
	mkdirSync(dir, { recursive: true });
	const laneOf = new Map(lanes.flatMap((l) => l.kinds.map((k) => [k, l] as const)));
	const lane = (kind: string) => laneOf.get(kind) ?? lanes.at(-1)!;
	const tl = {
		events: graph.events.map((e) => ({
			unique_id: e.id,
			start_date: tlDate(e.start),
			...(e.end ? { end_date: tlDate(e.end) } : {}),
			text: { headline: e.title, text: e.summary },
			group: lane(e.kind).label
		}))
	};
	const vis = {
		groups: lanes.map((l, i) => ({ id: l.id, content: l.label, order: i })),
		items: graph.events.map((e) => ({
			id: e.id,
			content: e.title,
			start: full(e.start),
			...(e.end ? { end: full(e.end), type: 'range' } : { type: 'point' }),
			group: lane(e.kind).id
		}))
	};
	writeFileSync(join(dir, 'data-timelinejs.js'), `window.BENCH_DATA = ${JSON.stringify(tl)};\n`);
	writeFileSync(join(dir, 'data-vis.js'), `window.BENCH_DATA = ${JSON.stringify(vis)};\n`);
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject'
};

/**
 * Serves `/<label>/timelinejs.html`, `/<label>/vis-timeline.html` (the pages in scripts/bench/),
 * `/<label>/data-*.js` (from `dataDir/<label>/`) and `/lib/<library>/…` (the built files in node_modules).
 */
export function serveAnchors(root: string, dataDir: string, port: number): Promise<Server> {
	const libs: Record<string, string> = {
		timelinejs: join(root, 'node_modules/@knight-lab/timelinejs/dist'),
		'vis-timeline': join(root, 'node_modules/vis-timeline'),
		'vis-data': join(root, 'node_modules/vis-data'),
		moment: join(root, 'node_modules/moment')
	};
	const pages = join(root, 'scripts/bench');
	const resolve = (pathname: string): string | undefined => {
		const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
		const [, first, ...rest] = clean.split('/');
		if (first === 'lib' && libs[rest[0]]) return join(libs[rest[0]], ...rest.slice(1));
		if (rest.length === 1 && /^(timelinejs|vis-timeline)\.html$/.test(rest[0])) return join(pages, rest[0]);
		if (rest.length === 1 && /^data-[a-z]+\.js$/.test(rest[0])) return join(dataDir, first, rest[0]);
		return undefined;
	};
	const server = createServer((req, res) => {
		const file = resolve(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (!file || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** The lanes of a build's site (from its graph.json when it carries them, else the source's data/site.json). */
export function lanesOf(siteJson: string): Lane[] {
	return JSON.parse(readFileSync(siteJson, 'utf8')).lanes;
}
