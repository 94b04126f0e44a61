/**
 * `npm run dev` reads `data/` through Vite's module graph: an edit to a data file shows on the next
 * request, without restarting the server. Runs the real dev server on a copy of the fixture treaty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4450 + Math.floor(Math.random() * 40);
const root = mkdtempSync(join(tmpdir(), 'palermo-dev-'));
let server: ChildProcess;

async function get(path: string): Promise<string> {
	for (let i = 0; i < 100; i++) {
		try {
			const r = await fetch(`http://127.0.0.1:${port}${path}`);
			if (r.ok) return await r.text();
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`no answer from the dev server for ${path}`);
}

beforeAll(() => {
	cpSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'treaty', 'data'), join(root, 'data'), { recursive: true });
	server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		env: { ...process.env, PALERMO_DATA_ROOT: root },
		stdio: 'ignore'
	});
});
afterAll(() => void server?.kill());

describe('npm run dev', () => {
	it('shows an edit to a data file on the next request', async () => {
		expect(await get('/events/fx-adoption')).toContain('Assembly adopts the Lumen Accord');
		const file = join(root, 'data', 'events.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Assembly adopts the Lumen Accord', 'Assembly adopts the edited accord'));
		let html = '';
		for (let i = 0; i < 50 && !html.includes('edited accord'); i++) {
			await new Promise((r) => setTimeout(r, 200));
			html = await get('/events/fx-adoption');
		}
		expect(html).toContain('Assembly adopts the edited accord');
	}, 60_000);
});
