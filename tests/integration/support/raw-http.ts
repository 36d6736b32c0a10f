/** A request with the path sent byte for byte (fetch would normalise `..` and some escapes). */
import { request } from 'node:http';

export function rawRequest(
	base: string,
	method: string,
	path: string,
	headers: Record<string, string> = {},
	body?: string
): Promise<{ status: number; body: string }> {
	const url = new URL(base);
	return new Promise((resolve, reject) => {
		const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
			let text = '';
			res.on('data', (chunk: Buffer) => (text += chunk.toString()));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}
