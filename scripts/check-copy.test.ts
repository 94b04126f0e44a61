/**
 * `npm run check:copy` end to end, on made-up data folders (PALERMO_DATA_ROOT): a copied run fails, clean prose
 * passes, and without the shared folder beside the project the check is skipped with one line.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(import.meta.dirname, 'check-copy.ts');
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const shared = join(import.meta.dirname, '..', '..', 'shared');
const hasShared = existsSync(join(shared, 'tools', 'check-copy.mjs'));
const run = (file: string, env: Record<string, string> = {}) => spawnSync(tsx, [file], { encoding: 'utf8', env: { ...process.env, ...env } });

/** A data root with one event summary and one essay. */
function dataRoot(summary: string, essay: string): string {
	const root = mkdtempSync(join(tmpdir(), 'check-copy-'));
	mkdirSync(join(root, 'data', 'essays'), { recursive: true });
	writeFileSync(join(root, 'data', 'events.json'), JSON.stringify([{ id: 'an-event', title: 'An event', summary }]));
	writeFileSync(join(root, 'data', 'essays', '01-an-essay.md'), `---\ntitle: "An essay"\n---\n\n${essay}\n`);
	return root;
}

/** Fourteen consecutive words of a source, read from the shared folder (not written into this file). */
function copiedRun(): string {
	const dir = join(shared, 'sources');
	const text = readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('tennant') && f.endsWith('.txt'))!), 'utf8');
	const line = text.split('\n').find((l) => l.split(/\s+/).length > 40)!;
	return line.split(/\s+/).slice(0, 14).join(' ');
}

describe('npm run check:copy', () => {
	it.skipIf(!hasShared)('fails on a 12+ word run copied into an event summary or an essay, under PALERMO_DATA_ROOT', () => {
		const root = dataRoot(`It began. ${copiedRun()}.`, `Our own words first. ${copiedRun()}.`);
		const r = run(script, { PALERMO_DATA_ROOT: root });
		expect(r.stdout).toContain(`FAIL ${join(root, 'data', 'events.json')} an-event.summary: 14 words copied`);
		expect(r.stdout).toContain(`FAIL ${join(root, 'data', 'essays', '01-an-essay.md')} text: 14 words copied`);
		expect(r.stdout).toMatch(/^2 runs of 12\+ words/m);
		expect(r.status).toBe(1);
	});

	it.skipIf(!hasShared)('passes on prose of our own, exiting 0', () => {
		const root = dataRoot('A summary written for this test, in words of its own.', 'An essay of one plain sentence, also our own.');
		const r = run(script, { PALERMO_DATA_ROOT: root });
		expect(r.stdout).toMatch(/^0 runs of 12\+ words, 0 runs of 8–11 words copied from the sources\n$/m);
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
