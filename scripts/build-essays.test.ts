/** The build stops on a broken reference in an essay, naming the essay, the line and the id, with no stack trace. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('vite build', () => {
	it('fails on an unknown event in an essay, with the validator’s line', () => {
		const root = mkdtempSync(join(tmpdir(), 'palermo-essay-'));
		cpSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'treaty', 'data'), join(root, 'data'), { recursive: true });
		const file = join(root, 'data', 'essays', '01-keepers-meet.md');
		const text = readFileSync(file, 'utf8');
		const line = text.split('\n').findIndex((l) => l.includes('<EventRef id="fx-congress-2"')) + 1;
		writeFileSync(file, text.replace('<EventRef id="fx-congress-2"', '<EventRef id="fx-nowhere"'));
		const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, PALERMO_DATA_ROOT: root, PALERMO_BUILD_DIR: join(root, 'out') },
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`data/essays/01-keepers-meet.md: keepers-meet: line ${line}: unknown event "fx-nowhere"`);
		expect(r.stderr).not.toMatch(/^\s+at /m);
	}, 60_000);
});
