/** The journals a session reads, as the gateway lists them (kept light: the first screen uses it). */
import type { Session, SessionDatabase } from '$lib/data/session.repository';

/** A journal the tutor reads, as the gateway lists it. */
export type TutorDatabase = SessionDatabase & { stageId?: string };

/** The journals this session reads (a tutor may follow several students). */
export function readJournals(session: Session | null): TutorDatabase[] {
	return (session?.databases ?? []).filter((db) => db.access === 'read');
}
