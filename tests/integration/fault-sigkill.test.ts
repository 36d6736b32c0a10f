/**
 * Fault test: the gateway (and the embedded CouchDB inside it) is killed with SIGKILL in the
 * middle of a push of many photos, then restarted on the same DATA_DIR and port. The same
 * PouchDB replication resumes from its checkpoint and every photo arrives exactly once, with
 * its bytes intact.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { photoDoc } from './support/docs.ts';
import { localPouch, login, type UserClient } from './support/gateway-client.ts';

const PHOTOS = 60;
let app: RunningApp;

beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

/** ~200 KB that starts like a JPEG; the gateway checks types and sizes, not pixels. */
function fakeJpeg(): Buffer {
	return Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), randomBytes(200_000)]);
}

describe('SIGKILL during a push', () => {
	it('resumes after a restart and stores every photo exactly once', async () => {
		const lea: UserClient = await login(app.url, 'lea.martin');
		const phone = await localPouch();
		const docs = Array.from({ length: PHOTOS }, (_, i) => {
			const image = fakeJpeg();
			const date = `2026-06-${String((i % 28) + 1).padStart(2, '0')}`;
			return photoDoc(image, image.subarray(0, 20_000), date);
		});
		await phone.bulkDocs(docs);

		let killed = false;
		const first = phone.replicate.to(lea.remote(lea.journal), { batch_size: 4 });
		// `on` returns the replication itself (a promise): it is awaited just below.
		void first.on('change', (info) => {
			if (!killed && info.docs_written >= 12) {
				killed = true;
				app.process.kill('SIGKILL');
			}
		});
		await first.then(
			() => undefined,
			() => undefined
		);
		expect(killed).toBe(true);
		if (app.process.exitCode === null && app.process.signalCode === null) {
			await new Promise((resolve) => app.process.once('exit', resolve));
		}

		const port = new URL(app.url).port;
		app = await startApp({ DATA_DIR: app.dataDir, PORT: port });
		expect(new URL(app.url).port).toBe(port); // same URL, hence the same replication checkpoint
		// Same cookie: the session outlived the crash.
		const resumed = await phone.replicate.to(lea.remote(lea.journal), { batch_size: 4 });
		expect(resumed.ok).toBe(true);
		expect(resumed.doc_write_failures).toBe(0);
		// The checkpoint written before the crash was used: not everything was read again.
		expect(resumed.docs_read).toBeLessThan(PHOTOS);

		const rows = (
			(await (
				await lea.fetch(
					`/couch/${lea.journal}/_all_docs?startkey=%22photo:%22&endkey=%22photo:%EF%BF%B0%22`
				)
			).json()) as { rows: { id: string; value: { rev: string } }[] }
		).rows;
		const pushedIds = new Set(docs.map((doc) => doc._id));
		const arrived = rows.filter((row) => pushedIds.has(row.id));
		expect(arrived).toHaveLength(PHOTOS);
		// Exactly once: a single revision each, no conflict created by a re-sent batch.
		expect(arrived.every((row) => row.value.rev.startsWith('1-'))).toBe(true);
		for (const doc of docs) {
			const response = await lea.fetch(`/couch/${lea.journal}/${doc._id}/image.jpg`);
			const bytes = Buffer.from(await response.arrayBuffer());
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
			const meta = (await (
				await lea.fetch(`/couch/${lea.journal}/${doc._id}?conflicts=true`)
			).json()) as { _conflicts?: string[] };
			expect(meta._conflicts).toBeUndefined();
		}
	});
});
