/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline copy of the site. Every page is prerendered, so on its first install the worker saves the
 * whole build — the app's scripts and styles (`build`), the files of `static/` (`files`) and every
 * prerendered page, `__data.json` and JSON endpoint (`prerendered`) — in one cache named for the build's
 * version (`kit.version.name` in svelte.config.js: the git commit). From then on it answers from that
 * cache first, network or not, so the pages, their data and their scripts always come from the same build.
 *
 * A new deployment is a new worker (its version, and so its bytes, differ): it saves the new build into a
 * cache of its own while the old worker keeps serving the open pages, then waits. It takes over only when
 * the page asks (OfflineNotice's "Reload for the new version" posts `skip-waiting`) or once no page of the
 * old version is open, and on taking over it deletes every older cache. It never skips waiting on its own:
 * an open page of the old build still loads old chunks (a route, the search) on demand, and those would be
 * gone from under it.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** Every cache this site has made starts so; the others on the origin are not ours to delete. */
const PREFIX = 'palermo-offline-';
const CACHE = `${PREFIX}${version}`;
/** SvelteKit's version file (kit.appDir is the default `_app`): polled by the page to learn of a new build. */
const VERSION_FILE = `${base}/_app/version.json`;
/** The prerendered not-found page, served with status 404 for an address the site does not have. */
const NOT_FOUND = `${base}/404`;

/** What the first install saves: the whole site. `_headers` is the host's configuration, which it never serves. */
const ASSETS = [...new Set([...build, ...files.filter((f) => !f.endsWith('/_headers')), ...prerendered, VERSION_FILE])];
const immutable = (path: string) => path.startsWith(`${base}/_app/immutable/`);

/** A response fit to answer a navigation with (a redirected one is refused there), keeping status and headers. */
function plain(res: Response, status = res.status): Response {
	if (!res.redirected && status === res.status) return res;
	return new Response(res.body, { status, statusText: status === res.status ? res.statusText : 'Not Found', headers: res.headers });
}

/** One file of the build: an immutable one (its name is its hash) reused from an older cache, else fetched afresh. */
async function save(cache: Cache, path: string) {
	const reused = immutable(path) ? await caches.match(path) : undefined;
	const res = reused ?? (await fetch(path, { cache: 'no-cache' }));
	if (!res.ok) throw new Error(`${path}: ${res.status}`);
	await cache.put(path, plain(res));
}

sw.addEventListener('install', (event) => {
	// All or nothing: if one file fails (the network drops), the install fails and the browser tries again
	// on a later visit, so a cache that exists always holds the whole build.
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			try {
				await Promise.all(ASSETS.map((path) => save(cache, path)));
			} catch (error) {
				await caches.delete(CACHE);
				throw error;
			}
		})
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			// On the first visit, the page that installed the worker is served by it from now on (offline too).
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

/** The cache key of a page: `/events/`, `/events.html` and `/events` are the one page `/events`. */
function pageKey(url: URL): string {
	let path = url.pathname;
	if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
	else if (path.endsWith('.html')) path = path.slice(0, -'.html'.length);
	if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
	return path === '' ? '/' : path;
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const navigation = request.mode === 'navigate';
	// The static files ignore query strings (a filtered timeline, SvelteKit's `x-sveltekit-invalidated`).
	const cached = await cache.match(navigation ? pageKey(url) : url.pathname);
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch {
		// Offline, and not part of the saved build: answer as the host does for an address it lacks,
		// rather than with a network error (which the browser logs as one).
		const notFound = await cache.match(NOT_FOUND);
		if (navigation && notFound) return plain(notFound, 404);
		return new Response(null, { status: 404, statusText: 'Not Found' });
	}
}

/** The version file from the network, so a page learns of a new build; the saved one when offline. */
async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return (await caches.match(VERSION_FILE, { cacheName: CACHE })) ?? new Response(null, { status: 404, statusText: 'Not Found' });
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(url.pathname === VERSION_FILE ? networkFirst(request) : respond(request, url));
});
