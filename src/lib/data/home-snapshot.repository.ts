/**
 * The student's home as it was last shown (Dexie `homeSnapshots`): the next opening paints it at
 * once, before PouchDB and the schemas have loaded, and the journal replaces it a moment later.
 * A cache: a row of an older `version` is ignored, and losing it costs one read of the journal.
 */
import { deviceDb } from './device-db.ts';

export async function loadHomeSnapshot<T>(userId: string, version: number): Promise<T | null> {
	const row = await deviceDb().homeSnapshots.get(userId);
	return row && row.version === version ? (row.summary as T) : null;
}

export async function saveHomeSnapshot(
	userId: string,
	version: number,
	summary: unknown
): Promise<void> {
	// Plain data only (not a Svelte state proxy): IndexedDB clones it.
	await deviceDb().homeSnapshots.put({ userId, version, savedAt: Date.now(), summary });
}

/**
 * Drops what the device derived from a journal it deletes: its home snapshot, and the teachers'
 * dashboard summaries of it.
 */
export async function forgetJournalCaches(journalUserId: string): Promise<void> {
	const db = deviceDb();
	await db.homeSnapshots.delete(journalUserId);
	await db.dashboardSummaries.filter((row) => row.studentId === journalUserId).delete();
}
