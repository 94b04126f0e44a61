import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { essayMarkup } from './src/lib/essays/markup.js';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Essays (`data/essays/*.md`) import their components and get heading ids before mdsvex reads them. */
const essays = { name: 'essays', markup: ({ content, filename }) => (filename?.endsWith('.md') ? { code: essayMarkup(content) } : undefined) };

/**
 * The build's version (`kit.version.name`). It names the service worker's cache, so it must be the same for
 * every build of the same sources (or each build would download the whole site again) and differ between
 * deployments (or a new build would never replace the old cache): the git commit; plus, when the working
 * copy has uncommitted changes, a hash of them (a rebuilt working copy is a new deployment too); plus a tag
 * of the data folder when it is not `data/` (the fixture treaty is another site). Without git (an unpacked
 * archive), a hash of the sources and the data instead. Deterministic, as Kit asks: the config is read again
 * by the prerenderer.
 */
function versionName() {
	const root = import.meta.dirname;
	const hash = createHash('sha256');
	const dataRoot = process.env.PALERMO_DATA_ROOT;
	const tag = dataRoot && dataRoot !== '.' ? `-${createHash('sha256').update(dataRoot).digest('hex').slice(0, 8)}` : '';
	const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	try {
		const commit = git('rev-parse', 'HEAD').trim();
		if (!git('status', '--porcelain')) return commit + tag;
		hash.update(git('diff', 'HEAD', '--binary'));
		for (const file of git('ls-files', '-z', '--others', '--exclude-standard').split('\0').filter(Boolean)) {
			const path = join(root, file);
			hash.update(file).update(lstatSync(path).isSymbolicLink() ? readlinkSync(path) : readFileSync(path));
		}
		return `${commit}-${hash.digest('hex').slice(0, 12)}${tag}`;
	} catch {
		const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
			.forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : hash.update(join(dir, e.name)).update(readFileSync(join(root, dir, e.name)))));
		for (const dir of ['src', 'static', join(dataRoot ?? '.', 'data')]) walk(dir);
		return `src-${hash.update(readFileSync(join(root, 'package-lock.json'))).digest('hex').slice(0, 16)}${tag}`;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), essays, mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : !filename.endsWith('.md'))
	},
	onwarn: (warning, handler) => {
		// mdsvex emits `<script context="module">` for .md files; nothing to fix on our side.
		if (warning.filename?.endsWith('.md') && warning.code === 'script_context_deprecated') return;
		handler(warning);
	},
	kit: {
		// The benchmark builds synthetic graphs into their own folders (PALERMO_BUILD_DIR).
		adapter: adapter({ strict: true, pages: process.env.PALERMO_BUILD_DIR ?? 'build', assets: process.env.PALERMO_BUILD_DIR ?? 'build' }),
		// Stylesheets this small go inline, so first paint waits for no second request.
		inlineStyleThreshold: 24_000,
		// Absolute asset paths, so 404.html works when served at any depth.
		paths: { relative: false },
		// A strict Content-Security-Policy, emitted as a <meta> tag in every prerendered page: scripts only by
		// the hash of each page's inline bootstrap (no 'unsafe-inline', no 'unsafe-eval'), everything else from
		// this origin. Styles still allow 'unsafe-inline' for the components' style="" attributes. The
		// page-independent part is also sent as an HTTP header: see static/_headers (scripts/serve.js sends it).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A broken link, a missing anchor or a page no crawl reaches fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		// The service worker's cache is named for this, and an open page polls `_app/version.json` every ten
		// minutes to learn of a new deployment (OfflineNotice then has the worker fetch it).
		version: { name: versionName(), pollInterval: 600_000 }
	}
};

export default config;
