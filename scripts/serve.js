#!/usr/bin/env node
// Serves the built static site (build/) on localhost, as a static host would: `/events` → events.html,
// unknown paths → 404.html with status 404, and the headers of `_headers` (Netlify / Cloudflare Pages format,
// copied from static/), among them the Content-Security-Policy. No dependencies, so `npm start` needs nothing more.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.bib': 'application/x-bibtex; charset=utf-8',
	'.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.ico': 'image/x-icon'
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run \`npm run build\` first.`);
	process.exit(1);
}

/**
 * The rules of a `_headers` file: a path pattern (`*` matches anything) on its own line, then its headers,
 * indented, one `Name: value` a line; `#` starts a comment.
 */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
			continue;
		}
		const colon = line.indexOf(':');
		if (colon > 0 && rules.length) rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));
const headersFor = (pathname) => Object.assign({}, ...headerRules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));

function resolveFile(pathname) {
	if (pathname === '/_headers') return undefined; // the host's configuration, not a page
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return undefined;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let file;
	try {
		file = resolveFile(url.pathname);
	} catch {
		file = undefined;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	const immutable = url.pathname.startsWith('/_app/immutable/');
	res.writeHead(status, {
		...headersFor(url.pathname),
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
});

server.listen(port, host, () => console.log(`Palermo Timeline is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C to stop)`));
