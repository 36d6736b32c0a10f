/**
 * Forwards one request to CouchDB with the gateway's admin credential and streams the answer
 * back. Only a few response headers are passed on; the caller's cookies never reach CouchDB.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { CouchBackend } from '../couch/backend.ts';

const PASSED_HEADERS = ['content-type', 'content-length', 'etag'];

const ERROR_CODES: Record<number, string> = {
	400: 'bad_request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not_found',
	405: 'method_not_allowed',
	413: 'too_large',
	415: 'bad_content_type',
	429: 'too_many_requests',
	502: 'bad_gateway'
};

/** CouchDB-shaped error (`reason` is French: PouchDB shows it as the error message). */
export function sendCouchError(res: ServerResponse, status: number, reason: string): void {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	const body = JSON.stringify({ error: ERROR_CODES[status] ?? 'error', reason });
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(body),
		'Cache-Control': 'no-store'
	});
	res.end(body);
}

export async function couchFetch(
	couch: CouchBackend,
	method: string,
	pathAndQuery: string,
	body?: Buffer | string,
	contentType = 'application/json',
	signal?: AbortSignal
): Promise<Response> {
	return fetch(couch.url + pathAndQuery, {
		method,
		headers: {
			authorization: couch.authorization,
			accept: 'application/json',
			'accept-encoding': 'identity',
			...(body !== undefined ? { 'content-type': contentType } : {})
		},
		body:
			body === undefined
				? undefined
				: new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body),
		signal
	});
}

export async function forward(
	req: IncomingMessage,
	res: ServerResponse,
	couch: CouchBackend,
	pathAndQuery: string,
	body?: Buffer,
	contentType?: string
): Promise<void> {
	const abort = new AbortController();
	res.once('close', () => abort.abort());
	const method = req.method ?? 'GET';
	const upstream = await fetch(couch.url + pathAndQuery, {
		method,
		headers: {
			authorization: couch.authorization,
			accept: req.headers.accept ?? 'application/json',
			'accept-encoding': 'identity',
			...(body !== undefined ? { 'content-type': contentType ?? 'application/json' } : {})
		},
		body: body === undefined ? undefined : new Uint8Array(body),
		signal: abort.signal
	});
	const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
	for (const name of PASSED_HEADERS) {
		const value = upstream.headers.get(name);
		if (value) headers[name] = value;
	}
	res.writeHead(upstream.status, headers);
	if (!upstream.body || method === 'HEAD') {
		res.end();
		return;
	}
	const stream = Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream);
	stream.on('error', () => res.destroy());
	stream.pipe(res);
}
