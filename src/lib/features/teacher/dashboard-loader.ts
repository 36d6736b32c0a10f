/**
 * Builds the class dashboard from the local replicas, remembering week digests between builds:
 * a digest is only recomputed for a week whose content may have changed (the ids reported by
 * the changes feeds name their week), so a tutor's visa arriving for one student costs one
 * journal read and one hash, not a class-wide rebuild.
 */
import { mondayOf } from '$lib/domain/calendar/dates';
import {
	currentWeekDigests,
	layoutClassDashboard,
	type ClassDashboard,
	type DashboardStudent
} from '$lib/domain/dashboard';
import { readJournal, type JournalSnapshot } from './journal-snapshot';

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

export class DashboardCache {
	readonly snapshots = new Map<string, JournalSnapshot>();
	readonly #digests = new Map<string, Map<string, string>>();

	/** Reads the given journals (all of them on first load) and forgets the digests they touch. */
	async read(students: readonly StudentRef[], changed?: ReadonlyMap<string, Set<string>>) {
		await Promise.all(
			students.map(async ({ studentId, name }) => {
				this.snapshots.set(studentId, await readJournal(studentId, name));
				// Without a list of changes the whole journal is new to us: forget all its digests.
				this.#forget(studentId, changed ? (changed.get(studentId) ?? new Set()) : undefined);
			})
		);
	}

	/** Drops students no longer in the session. */
	keepOnly(ids: readonly string[]): void {
		const studentIds = new Set(ids);
		for (const id of [...this.snapshots.keys()]) {
			if (!studentIds.has(id)) {
				this.snapshots.delete(id);
				this.#digests.delete(id);
			}
		}
	}

	async build(order: readonly StudentRef[], today: string): Promise<ClassDashboard> {
		const students = await Promise.all(
			order
				.map((ref) => this.snapshots.get(ref.studentId))
				.filter((s): s is JournalSnapshot => s !== undefined)
				.map((s) => this.#student(s))
		);
		return layoutClassDashboard({ today, students });
	}

	async #student(s: JournalSnapshot): Promise<DashboardStudent> {
		const known = this.#digests.get(s.studentId) ?? new Map<string, string>();
		const missing = s.visas.filter((v) => !known.has(v.weekId));
		if (missing.length > 0) {
			const fresh = await currentWeekDigests({ ...s, visas: missing });
			for (const [id, digest] of fresh) known.set(id, digest);
		}
		this.#digests.set(s.studentId, known);
		return { ...s, digests: known };
	}

	#forget(studentId: string, ids: Set<string> | undefined): void {
		const known = this.#digests.get(studentId);
		if (!known) return;
		if (!ids) return known.clear();
		for (const id of ids) {
			const monday = mondayOfChangedId(id);
			if (monday === 'none') continue;
			if (monday === 'all') return known.clear();
			for (const weekId of known.keys()) {
				if (weekId.startsWith(`week:${monday}:`)) known.delete(weekId);
			}
		}
	}
}
