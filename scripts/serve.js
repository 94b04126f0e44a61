#!/usr/bin/env node
// Serves the built static site (build/) on localhost, as a static host would: `/events` → events.html,
// unknown paths → 404.html with status 404. No dependencies, so `npm start` needs nothing more.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.ico': 'image/x-icon'
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run \`npm run build\` first.`);
	process.exit(1);
}

function resolveFile(pathname) {
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
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
});

server.listen(port, host, () => console.log(`Palermo Timeline is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C to stop)`));
