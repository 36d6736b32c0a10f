/**
 * Who may use which journal database. A student writes their own journal; a tutor reads the
 * journals of the students who linked them; a teacher reads the journals of their classes'
 * students; tutors and teachers may add visas and comments where they read. Admins and
 * anonymous callers get none. The journals of an archived class are read-only for everyone,
 * and a tutor's access ends by itself N days after the end of the stage (server/lifecycle).
 * Answers are cached briefly per user (links change rarely); `forget` drops the cache when
 * this process changes a link or a class.
 */
import type { UserDoc } from './account-types.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import {
	archivedJournals,
	forgetMemberships,
	tutorAccessEndedMessage,
	type TutorAccessClock
} from '../lifecycle/journal-states.ts';

export interface DatabaseAccess {
	name: string;
	access: 'write' | 'read';
	studentName?: string;
	/** For a tutor invited by a link: the one stage of that journal they may sign. */
	stageId?: string;
	/** The student's class is archived: nobody writes to it any more (server/lifecycle). */
	readOnly?: true;
	archivedAt?: string;
	purgeAfter?: string;
}

/** A journal a tutor read until their access ended (N days after the end of the stage). */
export interface EndedAccess {
	name: string;
	studentName: string;
	accessEndedOn: string;
	/** French, shown to the tutor. */
	message: string;
}

interface Rights {
	databases: DatabaseAccess[];
	ended: EndedAccess[];
}

const CACHE_MS = 15_000;

export class AccessRules {
	readonly #accounts: AccountsRepository;
	readonly #tutorClock: TutorAccessClock | undefined;
	readonly #cache = new Map<string, { at: number; rights: Rights }>();

	constructor(accounts: AccountsRepository, tutorClock?: TutorAccessClock) {
		this.#accounts = accounts;
		this.#tutorClock = tutorClock;
	}

	forget(): void {
		this.#cache.clear();
		forgetMemberships();
	}

	async databasesOf(user: UserDoc): Promise<DatabaseAccess[]> {
		return (await this.#rights(user)).databases;
	}

	/** A tutor's journals whose access ended (no longer in `databasesOf`). */
	async endedOf(user: UserDoc): Promise<EndedAccess[]> {
		return (await this.#rights(user)).ended;
	}

	async #rights(user: UserDoc): Promise<Rights> {
		const cached = this.#cache.get(user.id);
		if (cached && Date.now() - cached.at < CACHE_MS) return cached.rights;
		const rights = await this.#compute(user);
		this.#cache.set(user.id, { at: Date.now(), rights });
		return rights;
	}

	async #compute(user: UserDoc): Promise<Rights> {
		if (user.role === 'student') {
			const archived = (await archivedJournals(this.#accounts, [user.id])).get(user.id);
			const database: DatabaseAccess = { name: `journal_${user.id}`, access: 'write' };
			if (archived) {
				Object.assign(database, {
					readOnly: true,
					archivedAt: archived.archivedAt,
					purgeAfter: archived.purgeAfter
				});
			}
			return { databases: [database], ended: [] };
		}
		let studentIds: string[] = [];
		if (user.role === 'tutor') studentIds = await this.#accounts.studentsOfTutor(user.id);
		if (user.role === 'teacher') {
			const classes = await this.#accounts.classesOfTeacher(user.id);
			for (const classId of classes) {
				studentIds.push(...(await this.#accounts.studentsOfClass(classId)));
			}
		}
		const ids = [...new Set(studentIds)];
		const students = (await this.#accounts.getMany<UserDoc>(ids.map((id) => `user:${id}`)))
			.filter((student) => student.role === 'student')
			.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
		const archived = await archivedJournals(
			this.#accounts,
			students.map((student) => student.id)
		);
		const rights: Rights = { databases: [], ended: [] };
		for (const student of students) {
			const name = `journal_${student.id}`;
			// Tutor access ends by itself N days after the end of the stage (server/lifecycle).
			const endedOn =
				user.role === 'tutor' && this.#tutorClock
					? await this.#tutorClock.endedOn(user, student.id)
					: null;
			if (endedOn) {
				rights.ended.push({
					name,
					studentName: student.displayName,
					accessEndedOn: endedOn,
					message: tutorAccessEndedMessage(endedOn, await this.#tutorClock!.days())
				});
				continue;
			}
			const state = archived.get(student.id);
			rights.databases.push({
				name,
				access: 'read',
				studentName: student.displayName,
				...(user.role === 'tutor' && user.stageId ? { stageId: user.stageId } : {}),
				...(state
					? { readOnly: true, archivedAt: state.archivedAt, purgeAfter: state.purgeAfter }
					: {})
			});
		}
		return rights;
	}
}
