/**
 * The second line of defence: `validate_doc_update` of the journal design document, exercised
 * directly against the embedded CouchDB-compatible server with its admin credential (as if the
 * gateway had been bypassed), on the direct path (PUT) and the replication path (PouchDB
 * replication = `_bulk_docs` with `new_edits: false`).
 */
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCouch, type CouchBackend } from '../../server/couch/backend.ts';
import { readConfig } from '../../server/config.ts';
import { provisionJournal } from '../../server/provision/journal-db.ts';
import { entryDoc } from './support/docs.ts';
import { localPouch } from './support/gateway-client.ts';

let couch: CouchBackend;
let journal: string;
let dataDir: string;

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'carnet-vdu-'));
	couch = await connectCouch(readConfig({ DATA_DIR: dataDir }));
	journal = await provisionJournal(couch.server, 'vdutest');
});
afterAll(async () => {
	await couch?.stop();
});

function adminRemote(): PouchDB.Database {
	return new PouchDB(`${couch.url}/${journal}`, {
		skip_setup: true,
		fetch: (url, init) => {
			const headers = new Headers(init?.headers);
			headers.set('authorization', couch.authorization);
			return PouchDB.fetch(url, { ...init, headers });
		}
	} as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

describe('validate_doc_update', () => {
	it('refuses a type change on the direct path, even for the admin', async () => {
		const db = couch.server.use<Record<string, unknown>>(journal);
		const entry = entryDoc();
		const { rev } = await db.insert(entry, entry._id);
		await expect(
			db.insert({ ...entry, _rev: rev, type: 'photo' }, entry._id)
		).rejects.toMatchObject({
			statusCode: 403,
			reason: 'Le type d’un document ne peut pas changer.'
		});
		expect((await db.get(entry._id)).type).toBe('entry');
	});

	it('refuses a type change on the replication path (new_edits: false)', async () => {
		const device = await localPouch();
		const entry = entryDoc('2026-06-09');
		const first = await device.put(entry);
		expect((await device.replicate.to(adminRemote())).docs_written).toBe(1);
		// The device (no validation locally) turns the entry into another type and pushes.
		await device.put({ ...entry, _rev: first.rev, type: 'week' });
		const pushed = await device.replicate.to(adminRemote());
		expect(pushed.doc_write_failures).toBe(1);
		expect(pushed.errors[0]).toMatchObject({
			name: 'forbidden',
			message: 'Le type d’un document ne peut pas changer.'
		});
		expect((await couch.server.use<Record<string, unknown>>(journal).get(entry._id)).type).toBe(
			'entry'
		);
	});

	it('refuses structurally wrong documents on both paths', async () => {
		const db = couch.server.use<Record<string, unknown>>(journal);
		await expect(
			db.insert({ type: 'entry', schemaVersion: 1 }, 'visa:wrong')
		).rejects.toMatchObject({ statusCode: 403 });
		await expect(db.insert({ type: 'virus', schemaVersion: 1 }, 'virus:x')).rejects.toMatchObject({
			statusCode: 403
		});
		const device = await localPouch();
		await device.put({ ...entryDoc('2026-06-10'), schemaVersion: 99 });
		const pushed = await device.replicate.to(adminRemote());
		expect(pushed.doc_write_failures).toBe(1);
		// A valid document still goes through: the function refuses only what it must.
		await device.put(entryDoc('2026-06-11'));
		expect((await device.replicate.to(adminRemote())).docs_written).toBe(1);
	});
});

describe('embedded server protection', () => {
	it('keeps its generated admin credential in a 0600 file and answers anonymous callers nothing', async () => {
		expect((await stat(join(dataDir, 'couch', 'admin.json'))).mode & 0o777).toBe(0o600);
		expect((await fetch(`${couch.url}/${journal}/_all_docs`)).status).toBe(401);
		expect((await fetch(`${couch.url}/_all_dbs`)).status).toBe(404);
		expect((await fetch(`${couch.url}/_config`)).status).toBe(401);
		expect(new URL(couch.url).hostname).toBe('127.0.0.1');
	});
});
