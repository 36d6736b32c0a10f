/**
 * The teacher's dashboard summaries between app opens (Dexie `dashboardSummaries`), and the two
 * questions asked of a journal replica to know whether its summary is still good: its current
 * `update_seq`, and which documents changed since a stored one. A summary is a cache: a row of an
 * older `version` is ignored, and losing the table costs one full read of the replicas.
 */
import { deviceDb } from './device-db.ts';
import type { JournalDb } from './journal-db.ts';

export type Seq = number | string;

/**
 * Where a replica stands: its instance id (PouchDB makes a new one when a database is destroyed
 * and created again, e.g. after a sign-out, and its seqs start again) and its `update_seq`.
 */
export interface ReplicaMark {
	instance: string;
	seq: Seq;
}

export interface StoredSummary {
	studentId: string;
	mark: ReplicaMark;
	summary: unknown;
}

/** The rows of `userId` written with `version`. */
export async function loadSummaries(userId: string, version: number): Promise<StoredSummary[]> {
	const rows = await deviceDb().dashboardSummaries.where('userId').equals(userId).toArray();
	return rows
		.filter((row) => row.version === version)
		.map(({ studentId, instance, seq, summary }) => ({
			studentId,
			mark: { instance, seq },
			summary
		}));
}

export async function saveSummaries(
	userId: string,
	version: number,
	rows: readonly StoredSummary[]
): Promise<void> {
	if (rows.length === 0) return;
	await deviceDb().dashboardSummaries.bulkPut(
		rows.map(({ studentId, mark, summary }) => ({ userId, version, studentId, ...mark, summary }))
	);
}

/** Drops the rows of students `userId` no longer follows. */
export async function forgetSummaries(userId: string, keep: readonly string[]): Promise<void> {
	const kept = new Set(keep);
	await deviceDb()
		.dashboardSummaries.where('userId')
		.equals(userId)
		.filter((row) => !kept.has(row.studentId))
		.delete();
}

/** `id()` is PouchDB's instance id; the vendored types do not declare it. */
const instanceOf = (db: JournalDb) => (db as unknown as { id(): Promise<string> }).id();

export async function currentMark(db: JournalDb): Promise<ReplicaMark> {
	const [instance, info] = await Promise.all([instanceOf(db), db.info()]);
	return { instance, seq: info.update_seq };
}

/**
 * Ids changed since `since` (none when the replica has not moved) and the mark they lead to;
 * null when the replica is another instance than the one `since` was read from.
 */
export async function changedSince(
	db: JournalDb,
	since: ReplicaMark
): Promise<{ ids: string[]; mark: ReplicaMark } | null> {
	const instance = await instanceOf(db);
	if (instance !== since.instance) return null;
	const feed = await db.changes({ since: since.seq });
	return { ids: feed.results.map((change) => change.id), mark: { instance, seq: feed.last_seq } };
}
