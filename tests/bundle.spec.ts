/**
 * What `/timeline` loads before anyone interacts: the scripts its HTML preloads and everything they import
 * statically. The country-name table (i18n-iso-countries, ~26 KB) must not be among them: the page gets the
 * names it needs as data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './utils';

function staticScripts(build: string, page: string): Map<string, string> {
	const seen = new Map<string, string>();
	const html = readFileSync(join(build, page), 'utf8');
	const queue = [...html.matchAll(/\/_app\/immutable\/[\w./-]+\.js/g)].map((m) => m[0]);
	while (queue.length) {
		const url = queue.pop()!;
		if (seen.has(url)) continue;
		const code = readFileSync(join(build, url), 'utf8');
		seen.set(url, code);
		// Static imports only (`import … from "./x.js"`, `import "./x.js"`); dynamic `import()` loads on demand.
		for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g))
			queue.push(new URL(m[1], `http://x${url}`).pathname);
	}
	return seen;
}

test('the /timeline page loads no country-name table before interaction', async ({}, info) => {
	const { build } = info.project.metadata as { build: string };
	const scripts = staticScripts(build, 'timeline.html');
	expect(scripts.size).toBeGreaterThan(3);
	for (const [url, code] of scripts) expect(code.includes('Afghanistan'), url).toBe(false);
});
