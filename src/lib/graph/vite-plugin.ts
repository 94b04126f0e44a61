/**
 * Brings the graph's files into Vite's module graph as `virtual:palermo-data` (their raw texts, essays
 * and lessons included), the essays themselves as `virtual:palermo-essays` (a loader per essay file, compiled by mdsvex), and the
 * palette of `data/site.json` as `virtual:palermo-theme.css` (CSS custom properties and classes), read from
 * `PALERMO_DATA_ROOT` or the project root. `vite dev` watches the files: an edit reloads the page with the
 * new data. The build validates the graph once, up front, and stops with the validator's list, not a stack.
 */
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkTexts, dataRoot, essaysDir, graphFromTexts, graphFiles, lessonsDir, readEssayTexts, readGraphTexts, readLessonTexts } from './load.ts';
import { checkCollections } from './collections.ts';
import { formatError } from './validate.ts';
import { themeCss } from './theme.ts';

const DATA = 'virtual:palermo-data';
const THEME = 'virtual:palermo-theme.css';
const ESSAYS = 'virtual:palermo-essays';
const resolved = (id: string) => '\0' + id;

export function palermoData(): Plugin {
	const root = dataRoot();
	const paths = Object.values(graphFiles).map((f) => join(root, f));
	let server: ViteDevServer | undefined;
	return {
		name: 'palermo-data',
		configureServer(s) {
			server = s;
			const dirs = [join(root, essaysDir), join(root, lessonsDir)];
			s.watcher.add([...paths, ...dirs]);
			const changed = (file: string) => {
				if (!paths.includes(file) && !dirs.some((dir) => file.startsWith(dir))) return;
				for (const id of [DATA, THEME, ESSAYS]) {
					const mod = s.moduleGraph.getModuleById(resolved(id));
					if (mod) s.moduleGraph.invalidateModule(mod);
				}
				s.ws.send({ type: 'full-reload' });
			};
			for (const event of ['change', 'add', 'unlink'] as const) s.watcher.on(event, changed);
		},
		buildStart() {
			if (server) return;
			const texts = readGraphTexts(root);
			let errors = checkTexts(texts);
			if (!errors.length) errors = checkCollections(root, graphFromTexts(texts)).errors;
			if (errors.length) {
				const list = errors.map(formatError).join('\n');
				// A plain message, printed once, and a non-zero exit: no stack trace, no object dump.
				console.error(`${list}\n\nbuild: ${errors.length} error(s) in the event graph or essays under ${root}`);
				process.exit(1);
			}
		},
		resolveId(id) {
			if (id === DATA || id === THEME || id === ESSAYS) return resolved(id);
		},
		load(id) {
			if (id === resolved(DATA)) {
				return `export default ${JSON.stringify({ ...readGraphTexts(root), ...readEssayTexts(root), ...readLessonTexts(root) })};`;
			}
			if (id === resolved(ESSAYS)) {
				const loaders = Object.keys(readEssayTexts(root)).map((file) => `${JSON.stringify(file)}: () => import(${JSON.stringify(resolve(root, file))})`);
				return `export default {${loaders.join(',')}};`;
			}
			if (id === resolved(THEME)) {
				return themeCss(readGraphTexts(root)[graphFiles.site]);
			}
		}
	};
}
