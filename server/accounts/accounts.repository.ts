/**
 * Users, classes and links in the accounts database. Lookups use `_all_docs` key ranges over
 * structured ids (no views), which behave the same on the embedded server and on CouchDB 3.
 */
import { randomBytes } from 'node:crypto';
import type nano from 'nano';
import type { ClassDoc, LinkDoc, Role, UserDoc } from './account-types.ts';
import { hashPassword } from './password.ts';

export const ACCOUNTS_DB = 'carnet_accounts';
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

type AnyDoc = { _id: string; _rev?: string; type: string };

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function newId(): string {
	let out = '';
	for (const byte of randomBytes(12)) out += BASE32[byte % 32];
	return out;
}

function status(error: unknown): number | undefined {
	return (error as { statusCode?: number }).statusCode;
}

export class AccountsRepository {
	readonly db: nano.DocumentScope<AnyDoc>;

	constructor(server: nano.ServerScope) {
		this.db = server.use<AnyDoc>(ACCOUNTS_DB);
	}

	async get<T extends AnyDoc>(id: string): Promise<T | null> {
		try {
			return (await this.db.get(id)) as unknown as T;
		} catch (error) {
			if (status(error) === 404) return null;
			throw error;
		}
	}

	async insert(doc: AnyDoc & Record<string, unknown>): Promise<void> {
		await this.db.insert(doc);
	}

	/** Ids of every document whose id starts with `prefix`. */
	async idsWithPrefix(prefix: string): Promise<string[]> {
		const result = await this.db.list({ startkey: prefix, endkey: `${prefix}\ufff0` });
		return result.rows.map((row) => row.id);
	}

	async getMany<T extends AnyDoc>(ids: string[]): Promise<T[]> {
		if (ids.length === 0) return [];
		const result = await this.db.fetch({ keys: ids });
		return result.rows.flatMap((row) => ('doc' in row && row.doc ? [row.doc as unknown as T] : []));
	}

	async userById(id: string): Promise<UserDoc | null> {
		return this.get<UserDoc>(`user:${id}`);
	}

	async userByUsername(username: string): Promise<UserDoc | null> {
		const index = await this.get<AnyDoc & { userId: string }>(`username:${username}`);
		return index ? this.userById(index.userId) : null;
	}

	/** Creates a user; throws `UsernameTaken` when the username exists. */
	async createUser(input: {
		username: string;
		displayName: string;
		role: Role;
		password: string;
	}): Promise<UserDoc> {
		if (!USERNAME_PATTERN.test(input.username)) throw new Error('invalid username');
		const id = newId();
		const now = new Date().toISOString();
		// The username index is written first: CouchDB's conflict on it makes the name unique.
		try {
			await this.db.insert({
				_id: `username:${input.username}`,
				type: 'username',
				userId: id
			} as AnyDoc);
		} catch (error) {
			if (status(error) === 409) throw new UsernameTaken(input.username);
			throw error;
		}
		const user: UserDoc = {
			_id: `user:${id}`,
			type: 'user',
			id,
			username: input.username,
			displayName: input.displayName,
			role: input.role,
			passwordHash: await hashPassword(input.password),
			createdAt: now
		};
		await this.db.insert(user);
		return user;
	}

	/**
	 * The account of a tutor who opened an invitation link: no username to type, no password
	 * (login with a password always fails), bound to that invitation's student and stage.
	 */
	async createInvitedTutor(input: {
		displayName: string;
		invitationId: string;
		studentId: string;
		stageId: string;
	}): Promise<UserDoc> {
		const id = newId();
		const user: UserDoc = {
			_id: `user:${id}`,
			type: 'user',
			id,
			username: `tuteur-${id}`,
			displayName: input.displayName,
			role: 'tutor',
			passwordHash: '',
			createdAt: new Date().toISOString(),
			invitationId: input.invitationId,
			studentId: input.studentId,
			stageId: input.stageId
		};
		await this.db.insert(user);
		await this.link('tutorlink', id, input.studentId);
		return user;
	}

	/** `lifecycle` gives the class its school year from the start (the demo seed). */
	async createClass(
		name: string,
		lifecycle: Pick<ClassDoc, 'year' | 'status'> = {}
	): Promise<ClassDoc> {
		const id = newId();
		const doc: ClassDoc = {
			_id: `class:${id}`,
			type: 'class',
			id,
			name,
			createdAt: new Date().toISOString(),
			...lifecycle
		};
		await this.db.insert(doc);
		return doc;
	}

	async listClasses(): Promise<ClassDoc[]> {
		return this.getMany<ClassDoc>(await this.idsWithPrefix('class:'));
	}

	/** Writes a link document; already linked is fine (idempotent). */
	async link(kind: LinkDoc['type'], from: string, to: string): Promise<void> {
		const doc: LinkDoc = {
			_id: `${kind}:${from}:${to}`,
			type: kind,
			createdAt: new Date().toISOString()
		};
		try {
			await this.db.insert(doc);
		} catch (error) {
			if (status(error) !== 409) throw error;
		}
	}

	/** The `to` halves of the links `kind:from:*`. */
	async linked(kind: LinkDoc['type'], from: string): Promise<string[]> {
		const prefix = `${kind}:${from}:`;
		return (await this.idsWithPrefix(prefix)).map((id) => id.slice(prefix.length));
	}

	async studentsOfClass(classId: string): Promise<string[]> {
		return this.linked('member', classId);
	}

	async classesOfTeacher(teacherId: string): Promise<string[]> {
		return this.linked('teaches', teacherId);
	}

	async studentsOfTutor(tutorId: string): Promise<string[]> {
		return this.linked('tutorlink', tutorId);
	}
}

export class UsernameTaken extends Error {
	constructor(username: string) {
		super(`username taken: ${username}`);
	}
}
