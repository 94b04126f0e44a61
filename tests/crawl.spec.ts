/**
 * A link crawl of the built site, as a reader without JavaScript would follow it: from `/`, every internal
 * link of every page reached, until no new page is found. Every link must answer 200 and every `#anchor` must
 * be an id in the page it points to. The prerender already fails the build on most of these (Kit's
 * handleHttpError and handleMissingId); this checks the site as served, downloads and 404 page included.
 */
import { test, expect } from './utils';

/** The internal links of a page: href values that stay on the site (no scheme, no protocol-relative URL). */
function links(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&')).filter((h) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(h));
}
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every internal link from / answers 200 and every #anchor exists in its page', async ({ request, baseURL }) => {
	test.setTimeout(120_000);
	const pages = new Map<string, { status: number; html: string }>();
	const broken: string[] = [];
	const queue = ['/'];
	const anchors: { from: string; path: string; id: string }[] = [];
	while (queue.length) {
		const path = queue.shift()!;
		if (pages.has(path)) continue;
		const res = await request.get(path, { maxRedirects: 0 });
		const type = res.headers()['content-type'] ?? '';
		const html = type.includes('text/html') ? await res.text() : '';
		pages.set(path, { status: res.status(), html });
		for (const href of links(html)) {
			const url = new URL(href, new URL(path, baseURL));
			const target = url.pathname;
			if (url.hash.length > 1) anchors.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
			if (!pages.has(target)) queue.push(target);
		}
	}
	for (const [path, { status }] of pages) if (status !== 200) broken.push(`${path} → ${status}`);
	const missing = anchors.filter((a) => pages.get(a.path)?.status === 200 && pages.get(a.path)!.html && !ids(pages.get(a.path)!.html).has(a.id)).map((a) => `${a.from} → ${a.path}#${a.id}`);
	// The crawl reached the record pages, not just the start page.
	expect(pages.size).toBeGreaterThan(50);
	expect([...pages.keys()]).toEqual(expect.arrayContaining(['/timeline', '/essays', '/classroom', '/data', '/sources']));
	expect(broken, 'broken internal links').toEqual([]);
	expect([...new Set(missing)], 'missing anchors').toEqual([]);
});
