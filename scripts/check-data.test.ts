import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { applyFixture, malformedFixtures, validGraphDir, writeGraph } from '../tests/fixtures/fixtures';

const script = join(import.meta.dirname, 'check-data.ts');
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const run = (root: string) => spawnSync(tsx, [script, root], { encoding: 'utf8' });

describe('npm run check:data', () => {
	it('passes on the valid fixture graph', () => {
		const r = run(validGraphDir);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/valid — 3 events, 2 actors, 1 quotations/);
	});

	// Every malformed fixture, through the real command: non-zero exit and the promised messages.
	for (const fixture of malformedFixtures())
		it(`fails on ${fixture.name}`, () => {
			const r = run(writeGraph(applyFixture(fixture)));
			expect(r.status).toBe(1);
			for (const expected of fixture.expect) expect(r.stderr).toContain(expected);
			expect(r.stderr).toMatch(/check:data: \d+ error\(s\)/);
		});
});
