/** Small response and request helpers shared by the API and the proxy. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		'Cache-Control': 'no-store'
	});
	res.end(text);
}

/** An error shown to the user (French message) with its HTTP status. */
export class HttpError extends Error {
	readonly status: number;
	readonly headers: Record<string, string>;
	constructor(status: number, message: string, headers: Record<string, string> = {}) {
		super(message);
		this.status = status;
		this.headers = headers;
	}
}

export function sendError(res: ServerResponse, error: HttpError): void {
	for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
	sendJson(res, error.status, { error: error.message });
}

/** Reads a body up to `limit` bytes; throws 413 past it (and stops reading). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
	const declared = Number(req.headers['content-length'] ?? 0);
	if (declared > limit) throw new HttpError(413, 'Envoi trop volumineux.');
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new HttpError(413, 'Envoi trop volumineux.');
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

export function parseJson(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		throw new HttpError(400, 'Requête invalide : JSON mal formé.');
	}
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
	return parseJson(await readBody(req, limit));
}

export function parseCookies(header: string | undefined): Record<string, string> {
	const cookies: Record<string, string> = {};
	for (const part of (header ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0) cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
	}
	return cookies;
}

export function clientIp(req: IncomingMessage): string {
	return req.socket.remoteAddress ?? 'unknown';
}
