import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv',
	'.txt': 'text/plain',
	'.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves a built site from a folder on 127.0.0.1, under an optional base path, like a static host. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		if (!pathname.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		pathname = pathname.slice(base.length - 1);
		let file = path.join(dir, pathname);
		if (!file.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!fs.existsSync(file)) {
			const notFound = path.join(dir, '404.html');
			res.writeHead(404, { 'content-type': types['.html']! });
			res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
			return;
		}
		res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
		res.end(fs.readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
