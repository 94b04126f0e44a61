/**
 * `npm run check:copy` end to end, on made-up data folders (PALERMO_DATA_ROOT): a copied run fails, clean prose
 * passes, and without the shared folder beside the project the check is skipped with one line.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(import.meta.dirname, 'check-copy.ts');
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const run = (file: string, env: Record<string, string> = {}) => spawnSync(tsx, [file], { encoding: 'utf8', env: { ...process.env, ...env } });

/** A data root with one event summary and one essay. */
function dataRoot(summary: string, essay: string): string {
	const root = mkdtempSync(join(tmpdir(), 'check-copy-'));
	mkdirSync(join(root, 'data', 'essays'), { recursive: true });
	writeFileSync(join(root, 'data', 'events.json'), JSON.stringify([{ id: 'an-event', title: 'An event', summary }]));
	writeFileSync(join(root, 'data', 'essays', '01-an-essay.md'), `---\ntitle: "An essay"\n---\n\n${essay}\n`);
	return root;
}

/**
 * A project beside a stand-in for the shared tool (the real one lives outside the repository, and a fresh
 * machine has none): it prints the paths it was given and fails when one of them holds the word COPIED, so
 * the test checks what the wrapper passes on and that it keeps the tool's exit status.
 */
function layout(): string {
	const top = mkdtempSync(join(tmpdir(), 'check-copy-layout-'));
	mkdirSync(join(top, 'project', 'scripts'), { recursive: true });
	mkdirSync(join(top, 'shared', 'tools'), { recursive: true });
	copyFileSync(script, join(top, 'project', 'scripts', 'check-copy.ts'));
	writeFileSync(
		join(top, 'shared', 'tools', 'check-copy.mjs'),
		`import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const read = (p) => (statSync(p).isDirectory() ? readdirSync(p).map((f) => read(join(p, f))).join(' ') : readFileSync(p, 'utf8'));
const args = process.argv.slice(2);
console.log('checked: ' + args.join(' '));
process.exit(args.some((a) => read(a).includes('COPIED')) ? 1 : 0);
`
	);
	return join(top, 'project', 'scripts', 'check-copy.ts');
}

describe('npm run check:copy', () => {
	it('runs the shared tool on the data root’s JSON files and essays, and fails when it fails', () => {
		const root = dataRoot('It began. COPIED words.', 'Our own words.');
		const r = run(layout(), { PALERMO_DATA_ROOT: root });
		expect(r.stdout).toBe(`checked: ${join(root, 'data', 'events.json')} ${join(root, 'data', 'essays')}\n`);
		expect(r.status).toBe(1);
	});

	it('passes when the tool finds nothing, exiting 0', () => {
		const root = dataRoot('A summary written for this test, in words of its own.', 'An essay of one plain sentence, also our own.');
		const r = run(layout(), { PALERMO_DATA_ROOT: root });
		expect(r.status).toBe(0);
	});

	it('skips with one line, exiting 0, when the shared folder is not beside the project', () => {
		const project = mkdtempSync(join(tmpdir(), 'fresh-machine-'));
		mkdirSync(join(project, 'project', 'scripts'), { recursive: true });
		const copy = join(project, 'project', 'scripts', 'check-copy.ts');
		copyFileSync(script, copy);
		const r = run(copy);
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^check:copy: skipped, because the shared sources are not beside the project \(no .*check-copy\.mjs\)\n$/);
		expect(r.status).toBe(0);
	});
});
