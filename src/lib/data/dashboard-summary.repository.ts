/**
 * The teacher's dashboard summaries between app opens (Dexie `dashboardSummaries`), and the two
 * questions asked of a journal replica to know whether its summary is still good: its current
 * `update_seq`, and which documents changed since a stored one. A summary is a cache: a row of an
 * older `version` is ignored, and losing the table costs one full read of the replicas.
 */
import { deviceDb } from './device-db.ts';
import type { JournalDb } from './journal-db.ts';

export type Seq = number | string;

export interface StoredSummary {
	studentId: string;
	seq: Seq;
	summary: unknown;
}

/** The rows of `userId` written with `version`. */
export async function loadSummaries(userId: string, version: number): Promise<StoredSummary[]> {
	const rows = await deviceDb().dashboardSummaries.where('userId').equals(userId).toArray();
	return rows
		.filter((row) => row.version === version)
		.map(({ studentId, seq, summary }) => ({ studentId, seq, summary }));
}

export async function saveSummaries(
	userId: string,
	version: number,
	rows: readonly StoredSummary[]
): Promise<void> {
	if (rows.length === 0) return;
	await deviceDb().dashboardSummaries.bulkPut(rows.map((row) => ({ ...row, userId, version })));
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

export async function currentSeq(db: JournalDb): Promise<Seq> {
	return (await db.info()).update_seq;
}

/** Ids changed since `since` (none when the replica has not moved) and the seq they lead to. */
export async function changedSince(
	db: JournalDb,
	since: Seq
): Promise<{ ids: string[]; seq: Seq }> {
	const feed = await db.changes({ since });
	return { ids: feed.results.map((change) => change.id), seq: feed.last_seq };
}
