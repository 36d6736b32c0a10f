/**
 * Serves the built PWA from `build/`. Any path that is not a file gets the app shell
 * (`index.html`), so deep links work; the service worker and the shell are never cached by
 * HTTP so that a deployment is picked up, while hashed assets under `_app/immutable` are.
 * The build is precompressed (`adapter-static` `precompress`): a phone on a slow link gets the
 * Brotli or gzip file when it says it accepts one (three times fewer bytes for the app).
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

const ENCODINGS = [
	{ encoding: 'br', suffix: '.br' },
	{ encoding: 'gzip', suffix: '.gz' }
] as const;

/** The precompressed twin of `file` the client accepts, if the build has one. */
async function precompressed(
	file: string,
	acceptEncoding: string
): Promise<{ file: string; encoding: string } | null> {
	const accepted = acceptEncoding
		.split(',')
		.map((part) => part.trim().toLowerCase())
		.filter((part) => part && !/;\s*q=0(\.0+)?$/.test(part))
		.map((part) => part.split(';')[0]);
	for (const { encoding, suffix } of ENCODINGS) {
		if (!accepted.includes(encoding)) continue;
		const info = await stat(file + suffix).catch(() => null);
		if (info?.isFile()) return { file: file + suffix, encoding };
	}
	return null;
}

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
		let info = await stat(file).catch(() => null);
		// A prerendered page (`/tuteur` → `tuteur.html`): its HTML names the page's own code.
		if ((!info || !info.isFile()) && inside && !pathname.endsWith('/')) {
			const page = await stat(candidate + '.html').catch(() => null);
			if (page?.isFile()) [file, info] = [candidate + '.html', page];
		}
		if (!info || !info.isFile()) file = join(root, 'index.html');
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		const encoded = await precompressed(file, String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(200, {
			'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			Vary: 'Accept-Encoding',
			...(encoded ? { 'Content-Encoding': encoded.encoding } : {})
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(encoded?.file ?? file).pipe(res);
	};
}
