/**
 * The signed-in user as last confirmed by the gateway, cached on the device so the app opens
 * and works offline. It is a cache: the gateway decides what the user may read and write.
 */
import { deviceDb } from './device-db.ts';

export type Role = 'student' | 'tutor' | 'teacher' | 'admin';

export interface SessionDatabase {
	name: string;
	access: 'write' | 'read';
	studentName?: string;
	/** The student's class is archived: the gateway refuses every write (src/lib/features/lifecycle). */
	readOnly?: boolean;
	archivedAt?: string;
	/** `YYYY-MM-DD`: last day the school keeps this journal. */
	purgeAfter?: string;
}

/** A student's school-year dates, as `/api/me` gives them (docs/api.md « Lifecycle »). */
export interface SessionLifecycle {
	archivedAt?: string;
	purgeAfter?: string;
	exportOfferedAt?: string;
	deletionRequestedAt?: string;
}

/** A tutor's journals whose access ended N days after the stage. */
export interface EndedDatabase {
	name: string;
	studentName: string;
	accessEndedOn: string;
	message: string;
}

export interface Session {
	userId: string;
	username: string;
	displayName: string;
	role: Role;
	databases: SessionDatabase[];
	csrfToken: string;
	savedAt: string;
	/** Set when the gateway answered 401: the user keeps writing offline and signs in again. */
	expired?: boolean;
	lifecycle?: SessionLifecycle;
	endedDatabases?: EndedDatabase[];
}

export async function getSession(): Promise<Session | null> {
	const row = await deviceDb().session.get('current');
	return (row?.value as Session | undefined) ?? null;
}

export async function saveSession(session: Session): Promise<void> {
	await deviceDb().session.put({ id: 'current', value: session });
}

export async function clearSession(): Promise<void> {
	await deviceDb().session.delete('current');
}
