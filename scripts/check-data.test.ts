/**
 * The real command, end to end: its exit code and what it prints. What each malformed fixture reports is
 * tested, much faster, in `src/lib/graph/validate.test.ts`; here two runs are enough.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixtureTexts, malformedFixtures, validGraphDir, writeTexts } from '../tests/fixtures/fixtures';

const script = join(import.meta.dirname, 'check-data.ts');
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const run = (args: string[], env: Record<string, string> = {}) =>
	spawnSync(tsx, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run check:data', () => {
	it('passes on the valid fixture graph, exiting 0', () => {
		const r = run([validGraphDir]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('check:data: the event graph is valid — 3 events, 2 actors, 1 quotations, 2 sources, 1 themes, 0 essays, 0 lessons\n');
	});

	it('reads PALERMO_DATA_ROOT, prints exactly the list of errors and warnings, and exits 1', () => {
		const fixtures = malformedFixtures();
		const several = fixtures.find((f) => f.name === 'several-errors')!;
		const lonely = fixtures.find((f) => f.name === 'unreferenced-actor')!;
		const root = writeTexts(fixtureTexts({ ...several, add: lonely.add }));
		const r = run([], { PALERMO_DATA_ROOT: root });
		expect(r.stdout).toBe('');
		expect(r.stderr).toBe(
			[...several.expect, ...lonely.expect, '', `check:data: 3 error(s) and 1 warning(s) in the event graph under ${root}`, ''].join('\n')
		);
		expect(r.status).toBe(1);
	});
});
