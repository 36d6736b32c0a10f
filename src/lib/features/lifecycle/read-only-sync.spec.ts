/**
 * The sync of an archived class's journal (`readOnly` in the session) against a real
 * CouchDB-compatible server over HTTP: it pulls what the server has, pushes nothing, and every
 * change made on the device stays there and stays counted as pending.
 */
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '$lib/data/session.repository.ts';
import { memorySessionStore, memorySettingsStore } from '$lib/sync/session-store.ts';
import { createSyncManager } from '$lib/sync/sync-manager.svelte.ts';

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'carnet-readonly-'));
	await mkdir(join(dir, 'server'));
	const ServerPouch = PouchDB.defaults({ prefix: join(dir, 'server') + '/' });
	const app = expressPouchDB(ServerPouch, {
		configPath: join(dir, 'config.json'),
		logPath: join(dir, 'log.txt'),
		mode: 'minimumForPouchDB'
	});
	server = await new Promise<Server>((resolve) => {
		const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
	});
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await rm(dir, { recursive: true, force: true });
});

function session(name: string, readOnly: boolean): Session {
	return {
		userId: 'alice',
		username: 'alice.cyclade',
		displayName: 'Alice Cyclade',
		role: 'student',
		databases: [{ name, access: 'write', ...(readOnly ? { readOnly: true } : {}) }],
		csrfToken: 'csrf',
		savedAt: '2026-06-03T08:00:00.000Z'
	};
}

const SERVER_DOC = 'entry:2026-06-01:abcdefghij';
const DEVICE_DOC = 'entry:2026-06-02:abcdefghij';

/** A device that pulled the journal, then wrote one entry the server does not have. */
async function syncWith(name: string, readOnly: boolean) {
	const remote = new PouchDB(`${origin}/${name}`);
	await remote.put({ _id: SERVER_DOC, type: 'entry', text: 'Sur le serveur' });
	const local = new PouchDB(join(dir, `device-${name}`));
	const manager = createSyncManager({
		openLocal: () => local,
		openRemote: (dbName, fetch) => new PouchDB(`${origin}/${dbName}`, { fetch }),
		destroyLocal: () => local.destroy(),
		sessions: memorySessionStore(),
		settings: memorySettingsStore(),
		backOff: () => 100
	});
	await manager.start(session(name, readOnly));
	await expect.poll(async () => (await local.allDocs()).rows.length).toBe(1);
	// A fresh device of an archived journal has nothing to send: what it pulled is on the server.
	await expect.poll(() => manager.refreshPending()).toBe(0);
	await local.put({ _id: DEVICE_DOC, type: 'entry', text: 'Écrit sur l’appareil' });
	await manager.syncNow();
	const pending = await manager.refreshPending();
	const onServer = (await remote.allDocs()).rows.map((row) => row.id);
	const onDevice = (await local.allDocs()).rows.map((row) => row.id);
	await manager.stop();
	await local.close();
	return { pending, onServer, onDevice };
}

describe('sync of a read-only (archived) journal', () => {
	it('pulls, pushes nothing, and keeps the device’s changes counted', async () => {
		const { pending, onServer, onDevice } = await syncWith('journal_archived', true);
		expect(onServer).toEqual([SERVER_DOC]);
		expect(onDevice).toEqual([SERVER_DOC, DEVICE_DOC]);
		expect(pending).toBe(1);
	});

	it('(control) a writable journal pushes the same change', async () => {
		const { pending, onServer } = await syncWith('journal_live', false);
		expect(onServer).toEqual([SERVER_DOC, DEVICE_DOC]);
		expect(pending).toBe(0);
	});
});
