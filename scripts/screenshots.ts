/**
 * `npx tsx scripts/screenshots.ts [path…]`: serves build/ and saves PNGs of pages at 1280×800 and 390×844
 * into screenshots/, to look at what a reader sees.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/timeline', '/events', '/events/palermo-signing-conference-2000', '/actors/luigi-lauriola', '/quotes'];
const port = 4398;
const server = spawn('node', ['scripts/serve.js', 'build'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
mkdirSync('screenshots', { recursive: true });
try {
	for (const [w, h] of [[1280, 800], [390, 844]]) {
		const page = await browser.newPage({ viewport: { width: w, height: h } });
		for (const p of paths) {
			await page.goto(`http://127.0.0.1:${port}${p}`);
			await page.waitForTimeout(400);
			const name = (p.replace(/[/?=&]+/g, '_').replace(/^_|_$/g, '') || 'home') + `-${w}.png`;
			await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
			console.log(`screenshots/${name}`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
