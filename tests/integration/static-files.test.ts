import { readdir, readFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';

let app: RunningApp;

/** Raw bytes as sent (fetch would decode them for us and hide the encoding). */
function rawGet(
	path: string,
	acceptEncoding: string
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(app.url + path, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
		}).on('error', reject);
	});
}
let script: string;

beforeAll(async () => {
	app = await startApp({ DEMO: '0' });
	const dir = 'build/_app/immutable/entry';
	const name = (await readdir(dir)).find((file) => file.endsWith('.js'));
	if (!name) throw new Error('no entry script in build/: run npm run build');
	script = `/_app/immutable/entry/${name}`;
});
afterAll(() => app?.stop());

describe('static files', () => {
	it('sends the Brotli or gzip build when the client accepts it, the same bytes once decoded', async () => {
		const original = await readFile(join('build', script));
		const br = await rawGet(script, 'gzip, br');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toContain('Accept-Encoding');
		expect(br.body.length).toBeLessThan(original.length / 2);
		expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

		const gz = await rawGet(script, 'gzip, br;q=0');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).equals(original)).toBe(true);
	});

	it('sends the plain file to a client that accepts no encoding, and the shell for deep links', async () => {
		const plain = await rawGet(script, 'identity');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.equals(await readFile(join('build', script)))).toBe(true);
		expect(plain.headers['cache-control']).toContain('immutable');
		const deep = await fetch(app.url + '/semaines/week:2026-06-01:abcdefghij');
		expect(deep.status).toBe(200);
		expect(deep.headers.get('cache-control')).toBe('no-cache');
		expect(await deep.text()).toContain('<html lang="fr"');
	});

	it('serves a prerendered page at its path (/tuteur names its own code up front)', async () => {
		const tutor = await fetch(app.url + '/tuteur');
		expect(tutor.headers.get('content-type')).toContain('text/html');
		expect(await tutor.text()).toBe(await readFile(join('build', 'tuteur.html'), 'utf8'));
	});
});
