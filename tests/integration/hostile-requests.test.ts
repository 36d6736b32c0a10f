/**
 * Malformed bodies, oversized uploads and path tricks: each is refused with the right status
 * and the gateway (and the embedded CouchDB behind it) keeps serving afterwards.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { photoDoc } from './support/docs.ts';
import { json, login, type UserClient } from './support/gateway-client.ts';
import { rawRequest } from './support/raw-http.ts';

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let image: Buffer;
let thumb: Buffer;

beforeAll(async () => {
	app = await startApp();
	lea = await login(app.url, 'lea.martin');
	hugo = await login(app.url, 'hugo.bernard');
	image = await readFile('server/demo/photos/baie-image.jpg');
	thumb = await readFile('server/demo/photos/baie-thumb.jpg');
});
afterAll(async () => {
	await app?.stop();
});

async function stillServing(): Promise<void> {
	expect((await lea.fetch('/api/me')).status).toBe(200);
	expect((await lea.fetch(`/couch/${lea.journal}/profile`)).status).toBe(200);
	expect((await fetch(`${app.url}/`)).status).toBe(200);
}

describe('malformed bodies', () => {
	it('answers 400 to broken JSON on every write route', async () => {
		for (const path of [
			'_bulk_docs',
			'_revs_diff',
			'_bulk_get',
			'_all_docs',
			'profile',
			'_local/x'
		]) {
			const method = path === 'profile' || path.startsWith('_local') ? 'PUT' : 'POST';
			const response = await lea.fetch(`/couch/${lea.journal}/${path}`, {
				method,
				headers: { 'content-type': 'application/json' },
				body: '{"docs": [ {"_id": '
			});
			expect(response.status, path).toBe(400);
			expect(((await response.json()) as { error: string }).error).toBe('bad_request');
		}
		const notAList = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: 'x' })
		});
		expect(notAList.status).toBe(400);
		const notJson = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: '{}'
		});
		expect(notJson.status).toBe(415);
		await stillServing();
	});

	it('refuses documents that do not parse with the shared schemas, in French', async () => {
		const put = await lea.fetch(`/couch/${lea.journal}/entry:2026-06-02:abcdefghij`, {
			method: 'PUT',
			...json({ type: 'entry', schemaVersion: 1, text: 42 })
		});
		expect(put.status).toBe(400);
		expect(((await put.json()) as { reason: string }).reason).toMatch(/^Document invalide/);
	});
});

describe('oversized uploads', () => {
	const big = () => Buffer.alloc(9 * 1024 * 1024, 0xff);

	it('refuses a 9 MB attachment PUT with 413', async () => {
		const photo = photoDoc(image, thumb);
		const created = await lea.fetch(`/couch/${lea.journal}/${photo._id}`, {
			method: 'PUT',
			...json(photo)
		});
		expect(created.status).toBe(201);
		const { rev } = (await created.json()) as { rev: string };
		const response = await lea.fetch(`/couch/${lea.journal}/${photo._id}/image.jpg?rev=${rev}`, {
			method: 'PUT',
			headers: { 'content-type': 'image/jpeg' },
			body: new Uint8Array(big())
		});
		expect(response.status, await response.clone().text()).toBe(413);
		await stillServing();
	});

	it('refuses a document carrying a 9 MB photo with 413 (PUT) and forbidden (_bulk_docs)', async () => {
		const photo = photoDoc(big(), thumb);
		const put = await lea.fetch(`/couch/${lea.journal}/${photo._id}`, {
			method: 'PUT',
			...json(photo)
		});
		expect(put.status).toBe(413);
		const bulk = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [photo] })
		});
		expect(await bulk.json()).toEqual([
			{ id: photo._id, error: 'forbidden', reason: expect.stringMatching(/8 Mo/) }
		]);
		await stillServing();
	});

	it('refuses a body above the 50 MB limit with 413', async () => {
		const response = await rawRequest(
			app.url,
			'POST',
			`/couch/${lea.journal}/_bulk_docs`,
			{
				cookie: lea.cookie,
				'x-csrf-token': lea.me.csrfToken,
				'content-type': 'application/json',
				'content-length': String(60 * 1024 * 1024)
			},
			'{"docs":[]}'
		);
		expect(response.status).toBe(413);
		await stillServing();
	});

	it('refuses attachments on anything but photos and attachment names other than the two', async () => {
		const photo = photoDoc(image, thumb);
		const withExtra = {
			...photo,
			_attachments: {
				...photo._attachments,
				'evil.html': { content_type: 'image/jpeg', data: 'AAAA' }
			}
		};
		const put = await lea.fetch(`/couch/${lea.journal}/${photo._id}`, {
			method: 'PUT',
			...json(withExtra)
		});
		expect(put.status).toBe(400);
	});
});

describe('path tricks', () => {
	const identity = () => ({ cookie: hugo.cookie, 'x-csrf-token': hugo.me.csrfToken });

	it('cannot reach another journal or a system database by encoding the path', async () => {
		const other = lea.journal;
		const attempts: [string, string, number[]][] = [
			['GET', `/couch/${hugo.journal}/../${other}/profile`, [400]],
			['GET', `/couch/${hugo.journal}/%2e%2e/${other}/profile`, [400]],
			['GET', `/couch/${hugo.journal}%2F..%2F${other}/profile`, [400]],
			['GET', `/couch/${hugo.journal}/..%2F${other}%2Fprofile`, [400]],
			['GET', `/couch/${hugo.journal}/%252e%252e%252F${other}`, [400]],
			['GET', `/couch/${hugo.journal}/_design%2Fcarnet`, [400]],
			['PUT', `/couch/${hugo.journal}/_design/carnet`, [403]],
			['GET', `/couch/${hugo.journal}/_design/other/_view/x`, [403]],
			['GET', `/couch/%5fall_dbs`, [403]],
			['GET', `/couch/${other}`, [403]],
			['GET', `/couch/${other.toUpperCase()}`, [404]],
			['GET', `/couch/${hugo.journal}/%E0%A4%A`, [400]],
			['GET', `/couch/${hugo.journal}/profile%00`, [400]],
			['GET', `/couch//${other}`, [403]],
			['GET', `/couch/${hugo.journal}/profile/a/b`, [400]]
		];
		for (const [method, path, statuses] of attempts) {
			const response = await rawRequest(app.url, method, path, identity());
			expect(statuses, `${method} ${path} → ${response.status}`).toContain(response.status);
			expect(response.body).not.toContain('"firstName":"Léa"');
		}
		await stillServing();
	});

	it('never serves files outside build/ from the static handler', async () => {
		const response = await rawRequest(app.url, 'GET', '/../../package.json');
		expect(response.body).not.toContain('"devDependencies"');
		const encoded = await rawRequest(app.url, 'GET', '/%2e%2e/%2e%2e/package.json');
		expect(encoded.body).not.toContain('"devDependencies"');
	});
});
