/**
 * Brings the graph's files into Vite's module graph as `virtual:palermo-data` (their raw texts) and the
 * palette of `data/site.json` as `virtual:palermo-theme.css` (CSS custom properties and classes), read from
 * `PALERMO_DATA_ROOT` or the project root. `vite dev` watches the files: an edit reloads the page with the
 * new data. The build validates the graph once, up front, and stops with the validator's list, not a stack.
 */
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkTexts, dataRoot, graphFiles, readGraphTexts } from './load.ts';
import { formatError } from './validate.ts';
import { themeCss } from './theme.ts';

const DATA = 'virtual:palermo-data';
const THEME = 'virtual:palermo-theme.css';
const resolved = (id: string) => '\0' + id;

export function palermoData(): Plugin {
	const root = dataRoot();
	const paths = Object.values(graphFiles).map((f) => join(root, f));
	let server: ViteDevServer | undefined;
	return {
		name: 'palermo-data',
		configureServer(s) {
			server = s;
			s.watcher.add(paths);
			s.watcher.on('change', (file) => {
				if (!paths.includes(file)) return;
				for (const id of [DATA, THEME]) {
					const mod = s.moduleGraph.getModuleById(resolved(id));
					if (mod) s.moduleGraph.invalidateModule(mod);
				}
				s.ws.send({ type: 'full-reload' });
			});
		},
		buildStart() {
			if (server) return;
			const errors = checkTexts(readGraphTexts(root));
			if (errors.length) {
				const list = errors.map(formatError).join('\n');
				// A plain message, printed once, and a non-zero exit: no stack trace, no object dump.
				console.error(`${list}\n\nbuild: ${errors.length} error(s) in the event graph under ${root}`);
				process.exit(1);
			}
		},
		resolveId(id) {
			if (id === DATA || id === THEME) return resolved(id);
		},
		load(id) {
			if (id === resolved(DATA)) {
				return `export default ${JSON.stringify(readGraphTexts(root))};`;
			}
			if (id === resolved(THEME)) {
				return themeCss(readGraphTexts(root)[graphFiles.site]);
			}
		}
	};
}
