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
		adapter: adapter({ strict: true }),
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
