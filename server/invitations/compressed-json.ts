/**
 * A JSON answer gzip-compressed when the client accepts it. For the tutor's token exchange,
 * which carries the student's journal (`firstRead`): JSON shrinks about four times, and on a
 * slow phone line that answer is what the tutor's first screen waits for.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export function sendCompressedJson(
	req: IncomingMessage,
	res: ServerResponse,
	status: number,
	body: unknown
): void {
	const text = Buffer.from(JSON.stringify(body));
	const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	const payload = gzip ? gzipSync(text) : text;
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': payload.length,
		'Cache-Control': 'no-store',
		Vary: 'Accept-Encoding',
		...(gzip ? { 'Content-Encoding': 'gzip' } : {})
	});
	res.end(payload);
}
