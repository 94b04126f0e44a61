/**
 * The sites the benchmark measures: the source to build from (the working copy, or a clean checkout of HEAD in
 * a git worktree), the synthetic graphs of 1,000 and 10,000 events, and the builds, cached by a stamp of the
 * source and the data so that a second run measures without building again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Source {
	/** The folder built from. */
	dir: string;
	/** What it is, for the report: a commit, with "+ uncommitted changes" when the working copy differs. */
	label: string;
	/** Changes with any change of the source (not of data/: each build stamps its own data). */
	stamp: string;
	/** A worktree made for this run, removed at its end. */
	temporary?: boolean;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Hashes a folder's files (names and contents), skipping node_modules and dot-folders. */
export function hashDir(dir: string, hash = createHash('sha256'), rel = ''): ReturnType<typeof createHash> {
	if (!existsSync(join(dir, rel))) return hash;
	for (const e of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
		const p = join(rel, e.name);
		if (e.isDirectory()) hashDir(dir, hash, p);
		else if (e.isFile()) hash.update(p).update(readFileSync(join(dir, p)));
	}
	return hash;
}

/**
 * `head`: a clean checkout of HEAD in `work/src` (a detached git worktree sharing node_modules), so other
 * people's uncommitted work cannot break or colour the build; otherwise the working copy at `root`.
 */
export function source(root: string, work: string, which: 'head' | 'working'): Source {
	const commit = git(root, 'rev-parse', '--short', 'HEAD').trim();
	if (which === 'working') {
		const dirty = git(root, 'status', '--porcelain', '--', 'src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json').trim();
		const hash = createHash('sha256').update(commit);
		if (dirty) hashDir(root, hash, 'src'), hashDir(root, hash, 'static');
		return { dir: root, label: dirty ? `${commit} + uncommitted changes` : commit, stamp: hash.digest('hex').slice(0, 16) };
	}
	const dir = join(work, 'src');
	if (existsSync(dir)) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
	rmSync(dir, { recursive: true, force: true });
	execFileSync('git', ['worktree', 'add', '--detach', dir, 'HEAD'], { cwd: root, stdio: 'ignore' });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return { dir, label: commit, stamp: createHash('sha256').update(commit).digest('hex').slice(0, 16), temporary: true };
}

/** Removes the worktree made by `source(…, 'head')`. */
export function dropSource(root: string, s: Source) {
	if (s.temporary && s.dir !== root && existsSync(s.dir)) execFileSync('git', ['worktree', 'remove', '--force', s.dir], { cwd: root, stdio: 'ignore' });
}

/**
 * A synthetic graph of `n` events: the real one plus generated events citing real sources, actors and themes,
 * with links (seeded, so every run builds the same graph). Returns its data root (a folder holding `data/`).
 */
export function synthetic(src: string, work: string, n: number): string {
	const dir = join(work, `graph-${n}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'data'), { recursive: true });
	// Everything but the events as it is (essays and lessons included: the build checks them against the events).
	for (const f of readdirSync(join(src, 'data'))) if (f !== 'events.json' && f !== 'README.md') cpSync(join(src, 'data', f), join(dir, 'data', f), { recursive: true });
	const read = (f: string) => JSON.parse(readFileSync(join(src, 'data', f), 'utf8'));
	const real = read('events.json');
	const actors = read('actors.json').map((a: { id: string }) => a.id);
	const themes = read('themes.json').map((t: { id: string }) => t.id);
	const sources = read('sources.json').map((s: { id: string }) => s.id);
	const kinds = ['crime-congress', 'ministerial-conference', 'committee-session', 'expert-meeting', 'ga-resolution', 'cop-session', 'treaty-action', 'statement', 'context', 'publication'];
	const countries = ['ITA', 'POL', 'USA', 'AUT', 'MEX', 'FRA', 'GBR', 'RUS', 'CHN', 'BRA'];
	let seed = 42;
	const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const pad = (x: number) => String(x).padStart(2, '0');
	const events = [];
	for (let i = 0; i < n - real.length; i++) {
		const y = 1970 + Math.floor(rnd() * 55);
		const m = 1 + Math.floor(rnd() * 12);
		const d = 1 + Math.floor(rnd() * 28);
		const p = rnd();
		const start = p < 0.2 ? `${y}` : p < 0.4 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
		const withEnd = start.length === 10 && rnd() < 0.3;
		events.push({
			id: `synthetic-${i}`,
			title: `Synthetic event ${i}: ${pick(['session', 'meeting', 'statement', 'resolution', 'report'])} in ${y}`,
			start,
			...(withEnd ? { end: `${y}-${pad(m)}-${pad(Math.min(28, d + 1 + Math.floor(rnd() * 10)))}` } : {}),
			kind: pick(kinds),
			summary: 'A generated event for the benchmark; it stands for nothing in history.',
			actors: [pick(actors), pick(actors)].filter((a, j, xs) => xs.indexOf(a) === j),
			countries: [pick(countries)],
			themes: [pick(themes)],
			sources: [{ source: pick(sources), locator: 'benchmark' }],
			// context-for has no direction rule (led-to may only point forward in time).
			links: i > 0 && rnd() < 0.3 ? [{ type: 'context-for', to: `synthetic-${Math.floor(rnd() * i)}` }] : []
		});
	}
	writeFileSync(join(dir, 'data/events.json'), JSON.stringify([...real, ...events]));
	return dir;
}

export interface Built {
	label: string;
	dir: string;
	/** Seconds the build took, or undefined when the cached build was reused. */
	seconds?: number;
}

/**
 * Builds the site from `src` with the data under `dataRoot` into `work/site-<label>`, with hidden source maps
 * (the same code, and a `.map` beside each chunk, which the profiles read to name functions). Reused when the
 * stamp of the source and the data matches the last build's.
 */
export function build(src: Source, work: string, label: string, dataRoot: string, rebuild: boolean): Built {
	const dir = join(work, `site-${label}`);
	const stamp = createHash('sha256').update(src.stamp).update(hashDir(join(dataRoot, 'data')).digest('hex')).digest('hex');
	const stampFile = join(dir, '.bench-stamp');
	if (!rebuild && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(dir, 'timeline.html'))) return { label, dir };
	rmSync(dir, { recursive: true, force: true });
	const t = Date.now();
	const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--sourcemap', 'hidden'], {
		cwd: src.dir,
		env: { ...process.env, PALERMO_DATA_ROOT: dataRoot, PALERMO_BUILD_DIR: dir },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 256 * 2 ** 20
	});
	if (r.status !== 0) throw new Error(`build of ${label} from ${src.dir} failed:\n${(r.stdout + r.stderr).split('\n').filter((l) => !l.includes('│')).slice(-40).join('\n')}`);
	writeFileSync(stampFile, stamp);
	return { label, dir, seconds: (Date.now() - t) / 1000 };
}

/** True when `p` exists and is a folder. */
export const isDir = (p: string) => existsSync(p) && lstatSync(p).isDirectory();
