import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
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
