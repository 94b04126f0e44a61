import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The system Chromium when there is one (CHROMIUM_PATH, then /usr/bin/chromium); Playwright's own otherwise. */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
export const chromiumArgs = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync'
];
const port = Number(process.env.TEST_PORT ?? 4399);
// Service workers are off except where a test turns them on (the offline tests): saving the whole site in every
// test's fresh browser would slow the suite and skew what it measures.
const browser = { ...devices['Desktop Chrome'], serviceWorkers: 'block' as const, launchOptions: { executablePath, args: chromiumArgs } };

/**
 * Two builds, two projects: the real history (`build/`, from `data/`) and the fictional fixture treaty
 * (`build-fixture/`, from `tests/fixtures/treaty/data/`, built by `npm run build:fixture`). The site tests
 * run against both; the timeline's behaviour tests run against the fixture, whose ids they know.
 * `metadata.data` names the folder each build was made from, so tests can compare pages with the data.
 */
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	// On 2 busy cores the longest tests (offline, the round trip) take 20–35 s; 60 s keeps a slow machine from failing them.
	timeout: 60_000,
	use: { trace: 'off' },
	projects: [
		{
			name: 'palermo',
			testMatch: ['site.spec.ts', 'hardening.spec.ts', 'bundle.spec.ts', 'records.spec.ts', 'records-history.spec.ts', 'exports.spec.ts', 'map.spec.ts', 'crawl.spec.ts'],
			use: { ...browser, baseURL: `http://127.0.0.1:${port}` },
			metadata: { build: 'build', data: '.' }
		},
		{
			name: 'fixture',
			testMatch: ['site.spec.ts', 'timeline.spec.ts', 'readers.spec.ts', 'essays.spec.ts', 'classroom.spec.ts', 'handout.spec.ts', 'builder.spec.ts', 'offline.spec.ts', 'records.spec.ts', 'exports.spec.ts', 'map.spec.ts', 'crawl.spec.ts', 'quotes.spec.ts', 'roundtrip.spec.ts', 'actors.spec.ts', 'sources.spec.ts'],
			use: { ...browser, baseURL: `http://127.0.0.1:${port + 1}` },
			metadata: { build: 'build-fixture', data: 'tests/fixtures/treaty' }
		}
	],
	// Tests run against the built sites (npm test builds them first), served as a static host would.
	webServer: [
		{ command: 'node scripts/serve.js build', env: { PORT: String(port) }, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 30_000 },
		{ command: 'node scripts/serve.js build-fixture', env: { PORT: String(port + 1) }, url: `http://127.0.0.1:${port + 1}/`, reuseExistingServer: false, timeout: 30_000 }
	]
});
