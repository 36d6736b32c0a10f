/**
 * The student's synced journal: one PouchDB database per user on this device, named like its
 * CouchDB twin (`journal_<userId>`). PouchDB is the source of truth for every synced document.
 *
 * iOS Safari drops IndexedDB connections of a backgrounded app; `ensureJournalAlive` probes the
 * handle when the app becomes visible again and reopens it if the probe fails, so callers always
 * go through `openJournal` instead of keeping a handle for long.
 */
import { forgetJournalCaches } from './home-snapshot.repository.ts';
import PouchDB from './pouchdb.ts';

export type JournalDb = PouchDB.Database;

/** Bounded history keeps the local database small; conflicts still carry both branches. */
export const JOURNAL_REVS_LIMIT = 20;

const open = new Map<string, JournalDb>();

export function journalName(userId: string): string {
	return `journal_${userId}`;
}

export function openJournal(userId: string): JournalDb {
	let db = open.get(userId);
	if (!db) {
		db = new PouchDB(journalName(userId), {
			auto_compaction: true,
			revs_limit: JOURNAL_REVS_LIMIT
		});
		open.set(userId, db);
	}
	return db;
}

export async function closeJournal(userId: string): Promise<void> {
	const db = open.get(userId);
	open.delete(userId);
	await db?.close();
}

/** Deletes the device copy of a journal (after logout, once everything has synced). */
export async function destroyJournal(userId: string): Promise<void> {
	const db = openJournal(userId);
	open.delete(userId);
	await db.destroy();
	await forgetJournalCaches(userId);
}

const PROBE_TIMEOUT_MS = 2000;

/** Reopens the journal if its IndexedDB connection died while the app was in the background. */
export async function ensureJournalAlive(userId: string): Promise<JournalDb> {
	const db = openJournal(userId);
	const probe = db.info().then(() => true);
	const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS));
	const alive = await Promise.race([probe, timeout]).catch(() => false);
	if (alive) return db;
	open.delete(userId);
	await db.close().catch(() => undefined);
	return openJournal(userId);
}
