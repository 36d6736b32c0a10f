/**
 * Serves the built PWA from `build/`. Any path that is not a file gets the app shell
 * (`index.html`), so deep links work; the service worker and the shell are never cached by
 * HTTP so that a deployment is picked up, while hashed assets under `_app/immutable` are.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8'
};

export function createStaticHandler(buildDir: string) {
	const root = normalize(buildDir + sep);
	return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://local');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		const candidate = normalize(join(root, pathname));
		const inside = candidate.startsWith(root);
		let file = inside ? candidate : join(root, 'index.html');
		const info = await stat(file).catch(() => null);
		if (!info || !info.isFile()) file = join(root, 'index.html');
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		res.writeHead(200, {
			'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file).pipe(res);
	};
}
