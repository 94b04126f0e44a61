/**
 * `npm run check:copy`: finds wording copied from the shared sources into our own prose. It runs the shared
 * tool `../shared/tools/check-copy.mjs` (beside the project root) over `data/*.json` and `data/essays/`, `data/lessons/` of the
 * data root (`PALERMO_DATA_ROOT` when set, else the project root), prints its list and exits non-zero on
 * any FAIL (a run of 12 or more words shared with a source). On a machine without the shared folder it says
 * the check was skipped and exits 0: the sources are not part of the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const tool = resolve(projectRoot, '..', 'shared', 'tools', 'check-copy.mjs');

if (!existsSync(tool)) {
	console.log(`check:copy: skipped, because the shared sources are not beside the project (no ${tool})`);
	process.exit(0);
}

const dataRoot = resolve(projectRoot, process.env.PALERMO_DATA_ROOT || '.');
const data = join(dataRoot, 'data');
if (!existsSync(data)) {
	console.error(`check:copy: there is no data folder at ${data}`);
	process.exit(2);
}
// Paths relative to the project root when the data is inside it, so the tool's lines read "data/events.json".
const shown = (p: string) => (relative(projectRoot, p).startsWith('..') ? p : relative(projectRoot, p) || '.');
const targets = readdirSync(data)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => shown(join(data, f)));
if (existsSync(join(data, 'essays'))) targets.push(shown(join(data, 'essays')));
if (existsSync(join(data, 'lessons'))) targets.push(shown(join(data, 'lessons')));

const run = spawnSync(process.execPath, [tool, ...targets], { cwd: projectRoot, stdio: 'inherit' });
if (run.error) {
	console.error(`check:copy: could not run ${tool}: ${run.error.message}`);
	process.exit(2);
}
process.exit(run.status ?? 1);
