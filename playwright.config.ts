import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The system Chromium when there is one (CHROMIUM_PATH, then /usr/bin/chromium); Playwright's own otherwise. */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
export const chromiumArgs = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'
];
const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } }],
	// Tests run against the built site (npm test builds it first), served as a static host would.
	webServer: {
		command: `node scripts/serve.js build`,
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
