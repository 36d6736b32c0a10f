/**
 * Which journal a review page works on: the student's own, or the replica of a journal a tutor
 * or a teacher reads (its name comes from the address bar and is checked by `openReplica`).
 */
import type { JournalDb } from '$lib/data/journal-db';
import { getProfile } from '$lib/data/profile.repository';
import type { Session } from '$lib/data/session.repository';
import { openReplica } from '$lib/features/tutor/tutor-journal';

export interface ReviewContext {
	db: JournalDb;
	journal: string;
}

/** Throws when `journal` is not a journal name. */
export function reviewContext(journal: string): ReviewContext {
	return { db: openReplica(journal), journal };
}

/** The student's own journal; null when nobody is signed in. */
export function ownJournal(session: Session | null): ReviewContext | null {
	return session ? reviewContext(`journal_${session.userId}`) : null;
}

/** The student's option, to offer only the competences of their option. */
export async function studentOption(db: JournalDb): Promise<'SISR' | 'SLAM' | undefined> {
	return (await getProfile(db).catch(() => null))?.option;
}
