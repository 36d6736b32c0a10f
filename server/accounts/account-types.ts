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
	/** Students: set at import, moved to 2 by the class promotion (server/lifecycle). */
	trainingYear?: 1 | 2;
	option?: 'SISR' | 'SLAM';
	/** Students: when the app last showed « Exportez vos données avant le … » (the purge waits for it). */
	exportOfferedAt?: string;
	/** Students: when they asked for the deletion of their data (the admin confirms). */
	deletionRequestedAt?: string;
}

export interface ClassDoc {
	_id: string; // class:<id>
	_rev?: string;
	type: 'class';
	id: string;
	name: string;
	createdAt: string;
	/** School-year lifecycle (server/lifecycle): absent on classes made before it = year 1, active. */
	year?: 1 | 2;
	status?: 'active' | 'archived' | 'purged';
	archivedAt?: string;
	/** Last day the journals of an archived class are kept (`YYYY-MM-DD`). */
	purgeAfter?: string;
	purgedAt?: string;
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
