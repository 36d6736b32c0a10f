/**
 * The sync manager against a real CouchDB-compatible server over HTTP (express-pouchdb), with
 * devices as Node PouchDBs whose network can be cut. The gateway itself (cookies, CSRF
 * checks, rights) is covered by tests/integration/sync-*.test.ts.
 */
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '$lib/data/session.repository.ts';
import { memorySessionStore, memorySettingsStore } from './session-store.ts';
import {
	createSyncManager,
	type SyncManager,
	type SyncManagerDeps
} from './sync-manager.svelte.ts';

let dir: string;
let server: Server;
let origin: string;
const started: SyncManager[] = [];
const opened: PouchDB.Database[] = [];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'carnet-sync-'));
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

afterEach(async () => {
	for (const manager of started.splice(0)) await manager.stop();
	for (const db of opened.splice(0)) await db.close().catch(() => undefined);
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await rm(dir, { recursive: true, force: true });
});

let counter = 0;

interface Device {
	manager: SyncManager;
	local: PouchDB.Database;
	network: { online: boolean; requests: { method: string; csrf: string | null }[] };
	clock: { now: number };
}

function device(dbName: string, options: Partial<SyncManagerDeps> = {}): Device {
	const local = new PouchDB(join(dir, `device-${++counter}`), { auto_compaction: true });
	opened.push(local);
	const network: Device['network'] = { online: true, requests: [] };
	const clock = { now: Date.parse('2026-06-03T08:00:00.000Z') };
	const fetch: typeof globalThis.fetch = async (input, init) => {
		if (!network.online) throw new TypeError('fetch failed');
		const headers = new Headers(init?.headers);
		network.requests.push({ method: init?.method ?? 'GET', csrf: headers.get('X-CSRF-Token') });
		return globalThis.fetch(input, init);
	};
	const manager = createSyncManager({
		openLocal: () => local,
		openRemote: (name, remoteFetch) => new PouchDB(`${origin}/${name}`, { fetch: remoteFetch }),
		destroyLocal: () => local.destroy(),
		fetch,
		sessions: memorySessionStore(),
		settings: memorySettingsStore(),
		backOff: () => 100,
		now: () => clock.now,
		...options
	});
	started.push(manager);
	return { manager, local, network, clock };
}

function session(dbName: string, access: 'write' | 'read' = 'write'): Session {
	return {
		userId: 'lea',
		username: 'lea.martin',
		displayName: 'Léa Martin',
		role: access === 'write' ? 'student' : 'tutor',
		databases: [{ name: dbName, access }],
		csrfToken: 'csrf-123',
		savedAt: '2026-06-03T08:00:00.000Z'
	};
}

const entry = (n: number) => ({
	_id: `entry:2026-06-0${n}:abcdefghij`,
	type: 'entry',
	text: `Jour ${n}`
});

describe('SyncManager', () => {
	it('pushes local writes, reports idle with no pending change, and stamps lastSyncedAt', async () => {
		const { manager, local, network } = device('journal_a');
		await manager.start(session('journal_a'));
		await local.bulkDocs([entry(1), entry(2)]);
		await expect.poll(() => manager.pendingChanges).toBe(0);
		await expect.poll(() => manager.status).toBe('idle');
		expect(manager.lastSyncedAt).toBe('2026-06-03T08:00:00.000Z');
		const remote = new PouchDB(`${origin}/journal_a`);
		expect((await remote.allDocs()).rows.map((row) => row.id)).toEqual([
			entry(1)._id,
			entry(2)._id
		]);
		const writes = network.requests.filter((r) => r.method !== 'GET');
		expect(writes.length).toBeGreaterThan(0);
		expect(writes.every((r) => r.csrf === 'csrf-123')).toBe(true);
	});

	it('counts writes made offline, says so in French, and sends them when back online', async () => {
		const { manager, local, network } = device('journal_b');
		await manager.start(session('journal_b'));
		await expect.poll(() => manager.status).toBe('idle');
		network.online = false;
		await local.bulkDocs([entry(1), entry(2), entry(3)]);
		await expect.poll(() => manager.status).toBe('paused-offline');
		await expect.poll(() => manager.pendingChanges).toBe(3);
		expect(manager.errorMessage).toMatch(/Pas de connexion/);
		network.online = true;
		expect(await manager.syncNow()).toBe('idle');
		expect(manager.pendingChanges).toBe(0);
		expect(manager.errorMessage).toBeNull();
		expect((await new PouchDB(`${origin}/journal_b`).info()).doc_count).toBe(3);
	});

	it('remembers unsynced changes across a restart and warns after a day', async () => {
		const settings = memorySettingsStore();
		const first = device('journal_c', { settings });
		await first.manager.start(session('journal_c'));
		await expect.poll(() => first.manager.status).toBe('idle');
		first.network.online = false;
		await first.local.put(entry(1));
		await expect.poll(() => first.manager.pendingChanges).toBe(1);
		expect(first.manager.staleWarning).toBe(false);
		await first.manager.stop();

		// The app is reopened the next day, still offline, on the same device storage.
		const second = device('journal_c', { settings, openLocal: () => first.local });
		second.network.online = false;
		second.clock.now = first.clock.now + 25 * 60 * 60 * 1000;
		await second.manager.start(session('journal_c'));
		expect(second.manager.pendingChanges).toBe(1);
		expect(second.manager.staleWarning).toBe(true);
		second.network.online = true;
		await second.manager.syncNow();
		expect(second.manager.pendingChanges).toBe(0);
		expect(second.manager.staleWarning).toBe(false);
	});

	it('only pulls a read-only database (tutor)', async () => {
		const remote = new PouchDB(`${origin}/journal_d`);
		await remote.put(entry(1));
		const { manager, local } = device('journal_d');
		await manager.start(session('journal_d', 'read'));
		await expect.poll(async () => (await local.info()).doc_count).toBe(1);
		await local.put(entry(2));
		await manager.syncNow();
		expect(manager.pendingChanges).toBe(0);
		expect((await remote.info()).doc_count).toBe(1);
		// What a reader writes there (visas, comments) is pushed, and counted until it is.
		await local.put({ _id: 'comment:entry:2026-06-01:abcdefghij:x', type: 'comment' });
		await expect.poll(async () => (await remote.info()).doc_count).toBe(2);
		await expect.poll(() => manager.pendingChanges).toBe(0);
	});

	it('settle() refuses nothing when synced and stop() ends replication', async () => {
		const { manager, local } = device('journal_e');
		await manager.start(session('journal_e'));
		await local.put(entry(1));
		expect(await manager.settle()).toBe(0);
		await manager.stop();
		await local.put(entry(2));
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect((await new PouchDB(`${origin}/journal_e`).info()).doc_count).toBe(1);
	});

	it('settle() counts unsynced changes from stored checkpoints when not running', async () => {
		const settings = memorySettingsStore();
		const sessions = memorySessionStore();
		const first = device('journal_f', { settings, sessions });
		await sessions.save(session('journal_f'));
		await first.manager.start(session('journal_f'));
		await first.local.put(entry(1));
		expect(await first.manager.settle()).toBe(0);
		await first.manager.stop();
		await first.local.put(entry(2));

		// A manager that never started must not report "all synced": offline, it starts, fails to
		// reach the server and counts; with an expired session it counts from the checkpoints.
		const offline = device('journal_f', { settings, sessions, openLocal: () => first.local });
		offline.network.online = false;
		expect(offline.manager.running).toBe(false);
		expect(await offline.manager.settle()).toBe(1);
		expect(offline.manager.status).toBe('paused-offline');
		await offline.manager.stop();
		await sessions.save({ ...session('journal_f'), expired: true });
		const expired = device('journal_f', { settings, sessions, openLocal: () => first.local });
		expect(await expired.manager.settle()).toBe(1);
		expect(expired.manager.running).toBe(false);
	});

	it('syncs when the network comes back or the app returns to the foreground', async () => {
		const window = new EventTarget();
		const document = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
		// A long back-off: only the triggers can explain a quick recovery.
		const phone = device('journal_g', { events: { window, document }, backOff: () => 600_000 });
		await phone.manager.start(session('journal_g'));
		await expect.poll(() => phone.manager.status).toBe('idle');
		const remote = new PouchDB(`${origin}/journal_g`);

		phone.network.online = false;
		await phone.local.put(entry(1));
		await expect.poll(() => phone.manager.status).toBe('paused-offline');
		phone.network.online = true;
		window.dispatchEvent(new Event('online'));
		await expect.poll(async () => (await remote.info()).doc_count).toBe(1);

		phone.network.online = false;
		await phone.local.put(entry(2));
		await expect.poll(() => phone.manager.status).toBe('paused-offline');
		phone.network.online = true;
		document.dispatchEvent(new Event('visibilitychange')); // still hidden: nothing
		document.visibilityState = 'visible';
		document.dispatchEvent(new Event('visibilitychange'));
		await expect.poll(async () => (await remote.info()).doc_count).toBe(2);
		await expect.poll(() => phone.manager.pendingChanges).toBe(0);
	});
});
