import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { essayMarkup } from './src/lib/essays/markup.js';

/** Essays (`data/essays/*.md`) import their components and get heading ids before mdsvex reads them. */
const essays = { name: 'essays', markup: ({ content, filename }) => (filename?.endsWith('.md') ? { code: essayMarkup(content) } : undefined) };

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
		}
	}
};

export default config;
