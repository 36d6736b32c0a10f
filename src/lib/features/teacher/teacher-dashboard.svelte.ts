/**
 * The teacher's class dashboard as the pages read it (one instance, `teacherDashboard`): built
 * from the local replicas of the session's journals, then kept current from their changes feeds.
 * Changes are gathered for a short while, so a replication batch of 10 documents costs one
 * rebuild; only the journals that changed are read again (see `DashboardCache`).
 */
import { onJournalChange } from '$lib/data/changes';
import { openJournal } from '$lib/data/journal-db';
import type { SessionDatabase } from '$lib/data/session.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import type { ClassDashboard } from '$lib/domain/dashboard';
import { ChangeBatcher } from './change-batcher';
import { DashboardCache, type StudentRef } from './dashboard-loader';
import { studentIdOf } from './journal-snapshot';

const COALESCE_MS = 150;

export class TeacherDashboard {
	#dashboard = $state.raw<ClassDashboard | null>(null);
	#error = $state<string | null>(null);
	#version = $state(0);
	#cache = new DashboardCache();
	#students = $state.raw<StudentRef[]>([]);
	#key = '';
	#stops: (() => void)[] = [];
	#batcher = new ChangeBatcher(COALESCE_MS, (changed) => void this.#flush(changed));

	get dashboard(): ClassDashboard | null {
		return this.#dashboard;
	}
	get error(): string | null {
		return this.#error;
	}
	/** Grows at every rebuild: pages showing one journal re-read it when it moves. */
	get version(): number {
		return this.#version;
	}
	get alerts(): number {
		return this.#dashboard?.attention.length ?? 0;
	}
	get students(): readonly StudentRef[] {
		return this.#students;
	}
	snapshot(studentId: string) {
		// Reading `version` ties callers in effects to rebuilds.
		void this.#version;
		return this.#cache.snapshots.get(studentId);
	}
	classOf(studentId: string): string {
		return this.snapshot(studentId)?.profile?.className ?? 'Sans classe';
	}

	/** Loads the journals of the session (no-op when they are already followed). */
	async start(databases: readonly SessionDatabase[]): Promise<void> {
		const students = databases
			.filter((db) => db.name.startsWith('journal_'))
			.map((db) => ({ studentId: studentIdOf(db.name), name: db.studentName ?? db.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
		const key = students.map((s) => s.studentId).join(',');
		if (key === this.#key) return;
		this.stop();
		this.#key = key;
		this.#students = students;
		this.#cache.keepOnly(students.map((s) => s.studentId));
		performance.mark('dashboard:start');
		await this.#rebuild(students);
		performance.measure('dashboard:time-to-data', 'dashboard:start');
		for (const { studentId } of students) {
			this.#stops.push(
				onJournalChange(openJournal(studentId), (id) => this.#batcher.note(studentId, id))
			);
		}
	}

	stop(): void {
		for (const stop of this.#stops.splice(0)) stop();
		this.#batcher.clear();
		this.#key = '';
	}

	async #flush(changed: Map<string, Set<string>>): Promise<void> {
		const students = this.#students.filter((s) => changed.has(s.studentId));
		await this.#rebuild(students, changed);
	}

	async #rebuild(toRead: StudentRef[], changed?: Map<string, Set<string>>): Promise<void> {
		try {
			await this.#cache.read(toRead, changed);
			this.#dashboard = await this.#cache.build(this.#students, todayLocal());
			this.#error = null;
		} catch (error) {
			console.warn('Tableau de bord', error);
			this.#error = 'Le tableau de bord n’a pas pu être calculé à partir des carnets reçus.';
		}
		this.#version += 1;
	}
}

export const teacherDashboard = new TeacherDashboard();
