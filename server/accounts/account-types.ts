/** Documents of the accounts database (`carnet_accounts`, admin-only, never replicated). */
import type { Role } from '../../src/lib/domain/schemas/index.ts';

export type { Role };

export interface UserDoc {
	_id: string; // user:<id>
	_rev?: string;
	type: 'user';
	id: string; // lowercase letters and digits: the journal is journal_<id>
	username: string;
	displayName: string;
	role: Role;
	passwordHash: string;
	createdAt: string;
	/** Tutors invited by a link: the invitation their access hangs on, and its journal + stage. */
	invitationId?: string;
	studentId?: string;
	stageId?: string;
}

export interface ClassDoc {
	_id: string; // class:<id>
	_rev?: string;
	type: 'class';
	id: string;
	name: string;
	createdAt: string;
}

/** Link documents carry everything in their id, so `_all_docs` prefix ranges answer lookups. */
export interface LinkDoc {
	_id: string; // member:<classId>:<studentId> | teaches:<teacherId>:<classId> | tutorlink:<tutorId>:<studentId>
	_rev?: string;
	type: 'member' | 'teaches' | 'tutorlink';
	createdAt: string;
}

export interface PublicUser {
	id: string;
	username: string;
	displayName: string;
	role: Role;
}

export function publicUser(user: UserDoc): PublicUser {
	return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
