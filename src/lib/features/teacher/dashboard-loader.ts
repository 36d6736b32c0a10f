/**
 * The class dashboard from the local replicas, without reading every document at every open.
 * Each journal is reduced to a `JournalSummary` (a few kB of plain data) kept in memory and on the
 * device (Dexie) with the replica's `update_seq` it was computed at. On open the dashboard paints
 * from the stored summaries at once (`restore`), then `refresh` asks each replica for the changes
 * since its stored seq: a journal that did not move costs one empty changes query; one that moved
 * is read again and only the weeks its changed ids name are re-hashed.
 *
 * Guarantees: a summary is only stored with a seq read *before* the documents it was computed
 * from, so a change landing during a read is seen again at the next refresh, never lost; and
 * with the replica's instance id, so a journal destroyed and pulled again (its seqs restart) is
 * read in full. Assumes the replicas are the only source of the journals.
 */
import {
	changedSince,
	currentMark,
	forgetSummaries,
	loadSummaries,
	saveSummaries,
	type ReplicaMark,
	type StoredSummary
} from '$lib/data/dashboard-summary.repository';
import { openJournal } from '$lib/data/journal-db';
import { mondayOf } from '$lib/domain/calendar/dates';
import {
	currentWeekDigests,
	layoutClassDashboard,
	layoutStudentOf,
	summarizeJournal,
	SUMMARY_VERSION,
	type ClassDashboard,
	type JournalSummary
} from '$lib/domain/dashboard';
import { readJournal } from './journal-snapshot';

export interface StudentRef {
	studentId: string;
	name: string;
}

/**
 * The Monday whose digest a changed id may alter; `'none'` for comments (never part of a digest),
 * `'all'` for anything else (a stage or profile change may move every week).
 */
export function mondayOfChangedId(id: string): string {
	if (id.startsWith('comment:')) return 'none';
	const match = /^(entry|photo|week|visa:week):(\d{4}-\d{2}-\d{2})/.exec(id);
	if (!match?.[2]) return 'all';
	return match[1] === 'entry' || match[1] === 'photo' ? mondayOf(match[2]) : match[2];
}

/** The digests of `summary` that the changed ids cannot have altered. */
function keptDigests(summary: JournalSummary, changed: readonly string[]): Map<string, string> {
	const kept = new Map(Object.entries(summary.digests));
	for (const id of changed) {
		const monday = mondayOfChangedId(id);
		if (monday === 'none') continue;
		if (monday === 'all') return new Map();
		for (const weekId of kept.keys()) {
			if (weekId.startsWith(`week:${monday}:`)) kept.delete(weekId);
		}
	}
	return kept;
}

export class DashboardCache {
	readonly summaries = new Map<string, JournalSummary>();
	readonly #marks = new Map<string, ReplicaMark>();
	/** Device rows are written for this user; none without (unit specs of the layout). */
	readonly #userId: string | null;

	constructor(userId: string | null = null) {
		this.#userId = userId;
	}

	/** Loads the summaries this device stored for these students. Returns how many it had. */
	async restore(students: readonly StudentRef[]): Promise<number> {
		if (!this.#userId) return 0;
		const wanted = new Set(students.map((s) => s.studentId));
		const rows = await loadSummaries(this.#userId, SUMMARY_VERSION);
		let restored = 0;
		for (const row of rows) {
			if (!wanted.has(row.studentId) || this.summaries.has(row.studentId)) continue;
			this.summaries.set(row.studentId, row.summary as JournalSummary);
			this.#marks.set(row.studentId, row.mark);
			restored += 1;
		}
		return restored;
	}

	/**
	 * Brings the summaries of `students` up to date with their replicas and stores the new ones.
	 * Returns the ids of the students whose summary changed. `onRead` is told after each journal
	 * read, with how many were read so far (a first open paints the class as it comes).
	 */
	async refresh(
		students: readonly StudentRef[],
		onRead?: (read: number) => void
	): Promise<string[]> {
		let read = 0;
		const fresh = await Promise.all(
			students.map(async (s) => {
				const row = await this.#refreshOne(s);
				if (row) onRead?.(++read);
				return row;
			})
		);
		const rows = fresh.filter((row): row is StoredSummary => row !== null);
		if (this.#userId) await saveSummaries(this.#userId, SUMMARY_VERSION, rows);
		return rows.map((row) => row.studentId);
	}

	async #refreshOne({ studentId, name }: StudentRef): Promise<StoredSummary | null> {
		const db = openJournal(studentId);
		const known = this.summaries.get(studentId);
		const since = this.#marks.get(studentId);
		const changes = known && since ? await changedSince(db, since) : null;
		if (changes?.ids.length === 0) return null;
		// Without a summary of this very replica (none, or the database was re-created), read all.
		const digests = changes && known ? keptDigests(known, changes.ids) : new Map<string, string>();
		const mark = changes?.mark ?? (await currentMark(db));
		const snapshot = await readJournal(studentId, name);
		const missing = snapshot.visas.filter((v) => !digests.has(v.weekId));
		if (missing.length > 0) {
			for (const [id, digest] of await currentWeekDigests({ ...snapshot, visas: missing })) {
				digests.set(id, digest);
			}
		}
		const summary = summarizeJournal(snapshot, digests);
		this.summaries.set(studentId, summary);
		this.#marks.set(studentId, mark);
		return { studentId, mark, summary };
	}

	/** Drops students no longer in the session, here and on the device. */
	async keepOnly(ids: readonly string[]): Promise<void> {
		const studentIds = new Set(ids);
		for (const id of [...this.summaries.keys()]) {
			if (!studentIds.has(id)) {
				this.summaries.delete(id);
				this.#marks.delete(id);
			}
		}
		if (this.#userId) await forgetSummaries(this.#userId, ids);
	}

	/** The dashboard of the known summaries, in `order`, with the session's names. */
	build(order: readonly StudentRef[], today: string): ClassDashboard {
		const students = order.flatMap((ref) => {
			const summary = this.summaries.get(ref.studentId);
			return summary ? [layoutStudentOf(summary, ref.name)] : [];
		});
		return layoutClassDashboard({ today, students });
	}
}
