/**
 * The teacher's class dashboard as the pages read it (one instance, `teacherDashboard`): painted
 * at once from the summaries this device stored last time, then brought up to date with the
 * replicas (only journals that moved are read, see `DashboardCache`), then kept current from
 * their changes feeds. Changes are gathered for a short while, so a replication batch of 10
 * documents costs one refresh. Refreshes run one at a time, so an older one never overwrites a
 * newer summary.
 */
import { SvelteMap } from 'svelte/reactivity';
import { onJournalChange } from '$lib/data/changes';
import { openJournal } from '$lib/data/journal-db';
import type { SessionDatabase } from '$lib/data/session.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import type { ClassDashboard, JournalSummary } from '$lib/domain/dashboard';
import { ChangeBatcher } from './change-batcher';
import { DashboardCache, type StudentRef } from './dashboard-loader';
import { studentIdOf } from './journal-snapshot';
import { teacherClasses, type TeacherClass } from './teacher-classes';

const COALESCE_MS = 150;
/** On a first open, the class is painted again every this many journals read. */
const PAINT_EVERY = 25;

export class TeacherDashboard {
	#dashboard = $state.raw<ClassDashboard | null>(null);
	#error = $state<string | null>(null);
	/** Per student, grows when their journal changed: their page reads it again. */
	readonly #versions = new SvelteMap<string, number>();
	/** False while the painted dashboard comes from stored summaries not checked yet. */
	#current = $state(false);
	/** Journals read so far on a first open (nothing stored on this device yet), else null. */
	#reading = $state.raw<{ read: number; total: number } | null>(null);
	#cache = new DashboardCache();
	#students = $state.raw<StudentRef[]>([]);
	#classes = $state.raw<TeacherClass[]>([]);
	#key = '';
	#stops: (() => void)[] = [];
	#queue: Promise<void> = Promise.resolve();
	#batcher = new ChangeBatcher(COALESCE_MS, (changed) => {
		const students = this.#students.filter((s) => changed.has(s.studentId));
		void this.#enqueue(() => this.#refresh(students));
	});

	get dashboard(): ClassDashboard | null {
		return this.#dashboard;
	}
	get error(): string | null {
		return this.#error;
	}
	/** Whether every journal was checked against its replica since the app opened. */
	get current(): boolean {
		return this.#current;
	}
	get reading(): { read: number; total: number } | null {
		return this.#reading;
	}
	get alerts(): number {
		return this.#dashboard?.attention.length ?? 0;
	}
	get students(): readonly StudentRef[] {
		return this.#students;
	}
	/** The classes the teacher teaches, from the gateway (the last known list offline). */
	get classes(): readonly TeacherClass[] {
		return this.#classes;
	}
	/** Reading it ties callers in effects to the changes of one journal. */
	versionOf(studentId: string): number {
		return this.#versions.get(studentId) ?? 0;
	}
	summaries(): JournalSummary[] {
		void this.#dashboard;
		return this.#students.flatMap((s) => this.#cache.summaries.get(s.studentId) ?? []);
	}

	/** Loads the journals of the session (no-op when they are already followed). */
	async start(userId: string, databases: readonly SessionDatabase[]): Promise<void> {
		const students = databases
			.filter((db) => db.name.startsWith('journal_'))
			.map((db) => ({ studentId: studentIdOf(db.name), name: db.studentName ?? db.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
		const key = `${userId}|${students.map((s) => s.studentId).join(',')}`;
		if (key === this.#key) return;
		this.stop();
		this.#key = key;
		this.#students = students;
		this.#current = false;
		void teacherClasses(userId).then((classes) => {
			if (this.#key === key) this.#classes = classes;
		});
		await this.#enqueue(async () => {
			if (this.#key !== key) return;
			performance.mark('dashboard:start');
			await this.#open(userId, students);
			performance.measure('dashboard:time-to-data', 'dashboard:start');
		});
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

	async #open(userId: string, students: StudentRef[]): Promise<void> {
		this.#cache = new DashboardCache(userId);
		let restored = 0;
		try {
			await this.#cache.keepOnly(students.map((s) => s.studentId));
			restored = await this.#cache.restore(students);
			if (restored > 0) this.#paint([]);
		} catch (error) {
			// A device cache that cannot be read only costs a full read of the replicas.
			console.warn('Tableau de bord (cache)', error);
		}
		// Nothing stored yet: show the class as it is read, a batch of rows at a time.
		const total = students.length;
		const onRead =
			restored === 0
				? (read: number) => {
						if (read % PAINT_EVERY !== 0 || read === total) return;
						this.#reading = { read, total };
						this.#paint([]);
					}
				: undefined;
		await this.#refresh(students, onRead);
		this.#reading = null;
		this.#current = true;
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(task, task);
		return this.#queue;
	}

	async #refresh(students: StudentRef[], onRead?: (read: number) => void): Promise<void> {
		try {
			this.#paint(await this.#cache.refresh(students, onRead));
			this.#error = null;
		} catch (error) {
			console.warn('Tableau de bord', error);
			this.#error = 'Le tableau de bord n’a pas pu être calculé à partir des carnets reçus.';
		}
	}

	#paint(changed: readonly string[]): void {
		this.#dashboard = this.#cache.build(this.#students, todayLocal());
		for (const id of changed) this.#versions.set(id, (this.#versions.get(id) ?? 0) + 1);
	}
}

export const teacherDashboard = new TeacherDashboard();
