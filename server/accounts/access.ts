/**
 * Who may use which journal database. A student writes their own journal; a tutor reads the
 * journals of the students who linked them; a teacher reads the journals of their classes'
 * students; tutors and teachers may add visas and comments where they read. Admins and
 * anonymous callers get none. Answers are cached briefly per user (links change rarely);
 * `forget` drops the cache when this process changes a link.
 */
import type { UserDoc } from './account-types.ts';
import type { AccountsRepository } from './accounts.repository.ts';

export interface DatabaseAccess {
	name: string;
	access: 'write' | 'read';
	studentName?: string;
	/** For a tutor invited by a link: the one stage of that journal they may sign. */
	stageId?: string;
}

const CACHE_MS = 15_000;

export class AccessRules {
	readonly #accounts: AccountsRepository;
	readonly #cache = new Map<string, { at: number; databases: DatabaseAccess[] }>();

	constructor(accounts: AccountsRepository) {
		this.#accounts = accounts;
	}

	forget(): void {
		this.#cache.clear();
	}

	async databasesOf(user: UserDoc): Promise<DatabaseAccess[]> {
		const cached = this.#cache.get(user.id);
		if (cached && Date.now() - cached.at < CACHE_MS) return cached.databases;
		const databases = await this.#compute(user);
		this.#cache.set(user.id, { at: Date.now(), databases });
		return databases;
	}

	async #compute(user: UserDoc): Promise<DatabaseAccess[]> {
		if (user.role === 'student') return [{ name: `journal_${user.id}`, access: 'write' }];
		let studentIds: string[] = [];
		if (user.role === 'tutor') studentIds = await this.#accounts.studentsOfTutor(user.id);
		if (user.role === 'teacher') {
			const classes = await this.#accounts.classesOfTeacher(user.id);
			for (const classId of classes) {
				studentIds.push(...(await this.#accounts.studentsOfClass(classId)));
			}
		}
		const ids = [...new Set(studentIds)];
		const students = await this.#accounts.getMany<UserDoc>(ids.map((id) => `user:${id}`));
		return students
			.filter((student) => student.role === 'student')
			.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'))
			.map((student) => ({
				name: `journal_${student.id}`,
				access: 'read' as const,
				studentName: student.displayName,
				...(user.role === 'tutor' && user.stageId ? { stageId: user.stageId } : {})
			}));
	}
}
