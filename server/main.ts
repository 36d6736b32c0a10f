/**
 * The gateway: one Node process that serves the built app (and, as it grows, authentication
 * and the sync endpoint). Listens on HOST/PORT and keeps its data under DATA_DIR.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createStaticHandler } from './static-files.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);
const buildDir = resolve(process.env.BUILD_DIR ?? 'build');

const serveStatic = createStaticHandler(buildDir);
const server = createServer((req, res) => {
	serveStatic(req, res).catch(() => {
		if (!res.headersSent) res.writeHead(500);
		res.end();
	});
});

server.listen(port, host, () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	console.log(`Carnet de stage: http://${host}:${actualPort}`);
});
