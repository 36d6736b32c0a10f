/**
 * Two devices of one student against the real gateway (cookie auth, CSRF, write guard, embedded
 * CouchDB): each device is a Node PouchDB with its own cookie and its own sync manager, and
 * its network can be cut. Nothing typed on either device may be lost.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/lib/sync/errors.ts';
import { TEXT_SEPARATOR } from '../../src/lib/sync/conflicts.ts';
import { createApiClient } from '../../src/lib/sync/api-client.ts';
import { memorySessionStore, memorySettingsStore } from '../../src/lib/sync/session-store.ts';
import { createSyncManager, type SyncManager } from '../../src/lib/sync/sync-manager.svelte.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';

let app: RunningApp;
let dir: string;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
	app = await startApp();
	dir = await mkdtemp(join(tmpdir(), 'carnet-devices-'));
});

afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

afterAll(async () => {
	await app?.stop();
	await rm(dir, { recursive: true, force: true });
});

let deviceCount = 0;

/** A phone: its own cookie jar, its own storage, a network that can be cut. */
async function device(username = 'lea.martin') {
	const network = { online: true };
	let cookie = '';
	const fetch: typeof globalThis.fetch = async (input, init) => {
		if (!network.online) throw new TypeError('fetch failed');
		const headers = new Headers(init?.headers);
		if (cookie) headers.set('Cookie', cookie);
		const response = await globalThis.fetch(input, { ...init, headers });
		const set = response.headers.get('set-cookie');
		if (set) cookie = set.split(';')[0] ?? '';
		// Node PouchDB reads attachments with node-fetch's `buffer()`; without it, it gets a Blob
		// its leveldb store cannot write. (The browser build uses Blobs natively.)
		return Object.assign(response, {
			buffer: async () => Buffer.from(await response.arrayBuffer())
		});
	};
	const sessions = memorySessionStore();
	// One local database per journal, as openJournal does in the browser.
	const locals = new Map<string, PouchDB.Database>();
	const destroyed: string[] = [];
	const openLocal = (name: string) => {
		let db = locals.get(name);
		if (!db) {
			db = new PouchDB(join(dir, `device-${++deviceCount}-${name}`), {
				auto_compaction: true,
				revs_limit: 20
			});
			locals.set(name, db);
		}
		return db;
	};
	const sync: SyncManager = createSyncManager({
		openLocal,
		openRemote: (name, remoteFetch) =>
			new PouchDB(`${app.url}/couch/${name}`, { fetch: remoteFetch, skip_setup: true }),
		destroyLocal: async (name) => {
			await openLocal(name).destroy();
			locals.delete(name);
			destroyed.push(name);
		},
		fetch,
		sessions,
		settings: memorySettingsStore(),
		backOff: () => 200
	});
	const api = createApiClient({ baseUrl: app.url, fetch, sessions, sync: async () => sync });
	const session = await api.login(username, 'demo-carnet');
	const own = session.databases.find((d) => d.access === 'write')?.name;
	cleanup.push(
		() => sync.stop(),
		async () => {
			for (const db of locals.values()) await db.close().catch(() => undefined);
		}
	);
	return {
		network,
		sync,
		api,
		session,
		sessions,
		destroyed,
		db: (name = own ?? '') => openLocal(name),
		rawCookie: () => cookie
	};
}

const STAGE = 'stage:2026-05-25:abcdefghij';
const T0 = '2026-06-01T08:00:00.000Z';

function newEntry(date: string, rand: string, text: string) {
	return {
		_id: `entry:${date}:${rand}`,
		type: 'entry',
		schemaVersion: 1,
		stageId: STAGE,
		date,
		text,
		minutes: 60,
		activityIds: ['1.1'],
		tools: [] as string[],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: T0,
		updatedAt: T0
	};
}

type EntryDoc = ReturnType<typeof newEntry> & { _rev: string };

async function edit(db: PouchDB.Database, id: string, patch: Partial<EntryDoc>) {
	const current = await db.get<EntryDoc>(id);
	await db.put({ ...current, ...patch });
}

describe('sync between two devices through the gateway', () => {
	it('merges an entry edited offline on both devices; both converge with nothing lost', async () => {
		const phone = await device();
		const tablet = await device();
		const dbName = phone.session.databases.find((d) => d.access === 'write')!.name;
		expect(dbName).toBe(`journal_${phone.session.userId}`);
		await phone.sync.start(phone.session);
		await tablet.sync.start(tablet.session);

		const id = 'entry:2026-06-03:bcdefghijk';
		await phone.db().put(newEntry('2026-06-03', 'bcdefghijk', 'Câblage de la baie.'));
		expect(await phone.sync.syncNow()).toBe('idle');
		await expect
			.poll(
				() =>
					tablet
						.db()
						.get(id)
						.then(
							() => true,
							() => false
						),
				{ timeout: 15_000 }
			)
			.toBe(true);

		phone.network.online = false;
		tablet.network.online = false;
		await edit(phone.db(), id, {
			text: 'Câblage de la baie, puis tests de continuité.',
			tools: ['testeur de câble'],
			updatedAt: '2026-06-03T16:00:00.000Z'
		});
		await edit(tablet.db(), id, {
			text: 'Configuration des VLAN sur le commutateur.',
			activityIds: ['1.1', 'A2.1'],
			minutes: 180,
			updatedAt: '2026-06-03T17:00:00.000Z'
		});
		await expect.poll(() => phone.sync.pendingChanges).toBe(1);

		phone.network.online = true;
		tablet.network.online = true;
		await phone.sync.syncNow();
		await tablet.sync.syncNow();
		await phone.sync.syncNow();

		const converged = async () => {
			const [a, b] = await Promise.all(
				[phone, tablet].map((d) => d.db().get<EntryDoc>(id, { conflicts: true }))
			);
			return a!._rev === b!._rev && !a!._conflicts && !b!._conflicts;
		};
		await expect.poll(converged, { timeout: 20_000 }).toBe(true);
		for (const d of [phone, tablet]) {
			const doc = await d.db().get<EntryDoc>(id);
			expect(doc.text).toBe(
				`Configuration des VLAN sur le commutateur.${TEXT_SEPARATOR}Câblage de la baie, puis tests de continuité.`
			);
			expect(doc.tools).toEqual(['testeur de câble']);
			expect(doc.activityIds).toEqual(['1.1', 'A2.1']);
			expect(doc.minutes).toBe(180);
		}
		await expect.poll(() => phone.sync.pendingChanges, { timeout: 15_000 }).toBe(0);
		await expect.poll(() => tablet.sync.pendingChanges, { timeout: 15_000 }).toBe(0);
	});

	it('a device offline for a week sends every edit and its photos when it reconnects', async () => {
		const phone = await device();
		await phone.sync.start(phone.session);
		expect(await phone.sync.syncNow()).toBe('idle');
		phone.network.online = false;

		const days = ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12'];
		const ids: string[] = [];
		for (const [i, day] of days.entries()) {
			const rand = `week${'abcde'[i]}aaaaa`;
			const id = `entry:${day}:${rand}`;
			ids.push(id);
			await phone.db().put(newEntry(day, rand, `Lundi… version 0`));
			// Many small saves a day, as the draft fold-in does while typing.
			for (let save = 1; save <= 8; save++) {
				await edit(phone.db(), id, {
					text: `Journée du ${day}, version ${save}`,
					updatedAt: `${day}T1${save}:00:00.000Z`
				});
			}
		}
		const photos = [];
		for (const [i, day] of days.entries()) {
			// A photo-heavy week: 4 photos a day (~100 KB each) with their thumbnails.
			for (let n = 0; n < 4; n++) {
				const image = Buffer.alloc(100_000, i * 10 + n);
				image.set([0xff, 0xd8, 0xff], 0);
				const thumb = Buffer.alloc(5_000, n);
				const id = `photo:${day}:ph${'abcde'[i]}${'abcd'[n]}aaaaaa`;
				photos.push({ id, image });
				await phone.db().put({
					_id: id,
					type: 'photo',
					schemaVersion: 1,
					entryId: ids[i],
					stageId: STAGE,
					date: day,
					caption: `Photo ${n + 1}`,
					sha256: createHash('sha256').update(image).digest('hex'),
					width: 1920,
					height: 1080,
					bytes: image.length,
					confidential: false,
					createdAt: `${day}T12:00:00.000Z`,
					_attachments: {
						'image.jpg': { content_type: 'image/jpeg', data: image },
						'thumb.jpg': { content_type: 'image/jpeg', data: thumb }
					}
				});
			}
		}
		await expect.poll(() => phone.sync.pendingChanges).toBe(days.length + photos.length);
		expect(phone.sync.status).toBe('paused-offline');

		phone.network.online = true;
		expect(await phone.sync.syncNow(60_000)).toBe('idle');
		expect(phone.sync.pendingChanges).toBe(0);

		// A brand-new device of the same student gets the whole week.
		const laptop = await device();
		await laptop.sync.start(laptop.session);
		expect(await laptop.sync.syncNow(60_000)).toBe('idle');
		for (const [i, id] of ids.entries()) {
			expect((await laptop.db().get<EntryDoc>(id)).text).toBe(`Journée du ${days[i]}, version 8`);
		}
		for (const photo of photos) {
			const doc = await laptop.db().get(photo.id, { attachments: true, binary: true });
			const image = doc._attachments?.['image.jpg'] as { data: Buffer } | undefined;
			expect(Buffer.compare(image!.data, photo.image), photo.id).toBe(0);
		}
	});

	it('an expired session stops sync but keeps local data; logout refuses to lose changes', async () => {
		const phone = await device();
		await phone.sync.start(phone.session);
		expect(await phone.sync.syncNow()).toBe('idle');

		// The server forgets the session (expiry, or signed out elsewhere).
		const out = await fetch(`${app.url}/api/auth/logout`, {
			method: 'POST',
			headers: { Cookie: phone.rawCookie(), 'X-CSRF-Token': phone.session.csrfToken }
		});
		expect(out.status).toBe(200);

		const id = 'entry:2026-06-15:cdefghijkl';
		await phone.db().put(newEntry('2026-06-15', 'cdefghijkl', 'Écrit après expiration.'));
		await expect.poll(() => phone.sync.status, { timeout: 15_000 }).toBe('unauthorized');
		expect(phone.sync.errorMessage).toMatch(/session a expiré/);
		expect((await phone.sessions.get())?.expired).toBe(true);
		expect((await phone.api.fetchMe()).state).toBe('expired');
		// Still writable offline-style, and nothing was deleted.
		await edit(phone.db(), id, { text: 'Toujours modifiable.' });
		expect((await phone.db().get<EntryDoc>(id)).text).toBe('Toujours modifiable.');

		const refusal = await phone.api.logout().catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(ApiError);
		expect((refusal as ApiError).kind).toBe('unsynced');
		expect((refusal as ApiError).message).toMatch(/pas encore synchronisée/);

		// Signing in again resumes sync and the change reaches the server.
		const again = await phone.api.login('lea.martin', 'demo-carnet');
		await phone.sync.start(again);
		expect(await phone.sync.syncNow()).toBe('idle');
		expect(phone.sync.pendingChanges).toBe(0);
		const result = await phone.api.logout();
		expect(result).toEqual({ removedLocalData: true, pending: 0 });
		expect(phone.destroyed).toEqual([`journal_${phone.session.userId}`]);
		expect(await phone.sessions.get()).toBeNull();
	});

	it('a teacher pulls the class journals read-only', async () => {
		const student = await device();
		await student.sync.start(student.session);
		const id = 'entry:2026-06-16:defghijklm';
		await student.db().put(newEntry('2026-06-16', 'defghijklm', 'Pour le professeur.'));
		expect(await student.sync.syncNow()).toBe('idle');

		const teacher = await device('prof.demo');
		const journal = `journal_${student.session.userId}`;
		expect(teacher.session.databases).toContainEqual(
			expect.objectContaining({ name: journal, access: 'read' })
		);
		await teacher.sync.start(teacher.session);
		expect(await teacher.sync.syncNow(60_000)).toBe('idle');
		expect((await teacher.db(journal).get<EntryDoc>(id)).text).toBe('Pour le professeur.');
		expect(teacher.sync.pendingChanges).toBe(0);
	});

	it('reports documents the gateway refuses, in French, and still sends the others', async () => {
		const phone = await device();
		await phone.sync.start(phone.session);
		expect(await phone.sync.syncNow()).toBe('idle');
		await phone
			.db()
			.bulkDocs([
				{ ...newEntry('2026-06-17', 'efghijklmn', 'Valide.') },
				{ ...newEntry('2026-06-18', 'fghijklmno', 'Invalide.'), minutes: -5 }
			]);
		await expect.poll(() => phone.sync.status, { timeout: 15_000 }).toBe('error');
		expect(phone.sync.errorMessage).toMatch(/^1 document a été refusé par le serveur/);
		const remote = await fetch(
			`${app.url}/couch/journal_${phone.session.userId}/entry:2026-06-17:efghijklmn`,
			{ headers: { Cookie: phone.rawCookie() } }
		);
		expect(remote.status).toBe(200);
		// The refused document is not on the server: it stays pending, even after a retry.
		expect(await phone.sync.syncNow()).toBe('error');
		expect(phone.sync.pendingChanges).toBe(1);
		// Corrected, it is accepted and the status clears.
		await edit(phone.db(), 'entry:2026-06-18:fghijklmno', { minutes: 5 });
		await expect.poll(() => phone.sync.status, { timeout: 15_000 }).toBe('idle');
		await expect.poll(() => phone.sync.pendingChanges).toBe(0);
	});

	it('explains a wrong password in French', async () => {
		const api = createApiClient({ baseUrl: app.url, sessions: memorySessionStore() });
		const error = await api.login('lea.martin', 'mauvais').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).kind).toBe('unauthorized');
		expect((error as ApiError).message).toBe('Identifiant ou mot de passe incorrect.');
	});
});
