/**
 * Replication through the gateway with PouchDB in Node (leveldb in a temp dir, like a device):
 * push and pull of a journal with photo attachments, by the student and by the teacher.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { entryDoc, photoDoc } from './support/docs.ts';
import { localPouch, login, type UserClient } from './support/gateway-client.ts';

let app: RunningApp;
let lea: UserClient;
let teacher: UserClient;
const photos: Buffer[] = [];
let thumb: Buffer;

beforeAll(async () => {
	app = await startApp();
	lea = await login(app.url, 'lea.martin');
	teacher = await login(app.url, 'prof.demo');
	for (const name of ['baie', 'serveur', 'poste'])
		photos.push(await readFile(`server/demo/photos/${name}-image.jpg`));
	thumb = await readFile('server/demo/photos/baie-thumb.jpg');
});
afterAll(async () => {
	await app?.stop();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function imageOf(db: PouchDB.Database, id: string): Promise<Buffer> {
	return (await db.getAttachment(id, 'image.jpg')) as Buffer;
}

describe('replication through the gateway', () => {
	it('pushes a journal with photos from one device and pulls it intact on another', async () => {
		const phone = await localPouch();
		const entries = [entryDoc('2026-06-02'), entryDoc('2026-06-03')];
		const photoDocs = photos.map((image) => photoDoc(image, thumb, '2026-06-02'));
		await phone.bulkDocs([...entries, ...photoDocs]);
		const pushed = await phone.replicate.to(lea.remote(lea.journal));
		expect(pushed.ok).toBe(true);
		expect(pushed.doc_write_failures).toBe(0);
		expect(pushed.docs_written).toBe(5);

		const laptop = await localPouch();
		const pulled = await laptop.replicate.from(lea.remote(lea.journal));
		expect(pulled.ok).toBe(true);
		for (const doc of [...entries, ...photoDocs]) {
			expect((await laptop.get<{ type: string }>(doc._id)).type).toBe(doc.type);
		}
		for (const [index, doc] of photoDocs.entries()) {
			expect(sha(await imageOf(laptop, doc._id))).toBe(sha(photos[index]!));
			expect(sha(await imageOf(laptop, doc._id))).toBe(doc.sha256);
		}
		// Replicating again moves nothing (checkpoints in _local work through the gateway).
		expect((await phone.replicate.to(lea.remote(lea.journal))).docs_written).toBe(0);
		expect((await laptop.replicate.from(lea.remote(lea.journal))).docs_written).toBe(0);
	});

	it('lets the teacher pull the journal with its photos but not push into it', async () => {
		const desk = await localPouch();
		const pulled = await desk.replicate.from(teacher.remote(lea.journal));
		expect(pulled.ok).toBe(true);
		const photosPulled = (await desk.allDocs({ startkey: 'photo:', endkey: 'photo:\ufff0' })).rows;
		expect(photosPulled.length).toBeGreaterThanOrEqual(3);
		const first = photosPulled[0]!.id;
		expect((await imageOf(desk, first)).length).toBeGreaterThan(1000);
		await desk.put({ ...entryDoc('2026-06-04') });
		const pushed = await desk.replicate.to(teacher.remote(lea.journal));
		expect(pushed.doc_write_failures).toBe(1);
		const rows = (
			(await (
				await lea.fetch(
					`/couch/${lea.journal}/_all_docs?startkey=%22entry:2026-06-04%22&endkey=%22entry:2026-06-05%22`
				)
			).json()) as { rows: unknown[] }
		).rows;
		expect(rows).toEqual([]);
	});

	it('accepts a photo attachment PUT by PouchDB (putAttachment) and serves the same bytes', async () => {
		const remote = lea.remote(lea.journal);
		const doc = photoDoc(photos[0]!, thumb, '2026-06-05');
		const created = await remote.put(doc);
		const updated = await remote.putAttachment(
			doc._id,
			'thumb.jpg',
			created.rev,
			photos[1]!,
			'image/jpeg'
		);
		expect(updated.ok).toBe(true);
		const served = await lea.fetch(`/couch/${lea.journal}/${doc._id}/thumb.jpg`);
		expect(served.headers.get('content-type')).toBe('image/jpeg');
		expect(sha(Buffer.from(await served.arrayBuffer()))).toBe(sha(photos[1]!));
	});

	it('refuses, through the gateway, an update that changes a document’s type', async () => {
		const remote = lea.remote(lea.journal);
		const entry = entryDoc('2026-06-08');
		const { rev } = await remote.put(entry);
		const asPhoto = { ...photoDoc(photos[0]!, thumb, '2026-06-08'), _id: entry._id, _rev: rev };
		await expect(remote.put(asPhoto)).rejects.toMatchObject({ status: 400 });
		expect((await remote.get<{ type: string }>(entry._id)).type).toBe('entry');
	});
});
