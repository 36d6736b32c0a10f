/**
 * The signed-in user's journal (PouchDB). Apart from `currentUser` so that reading who is signed
 * in does not load PouchDB: the first screens (student home from its snapshot, the tutor's link)
 * paint before the journal's code arrives.
 */
import { ensureJournalAlive, openJournal, type JournalDb } from '$lib/data/journal-db';
import { currentUser } from './current-user.svelte';

/** Throws when nobody is signed in (pages are guarded). */
export function userJournal(): JournalDb {
	const userId = currentUser.userId;
	if (!userId) throw new Error('Aucun utilisateur connecté.');
	return openJournal(userId);
}

/** iOS drops IndexedDB connections in the background: probe and reopen on return. */
export async function reviveUserJournal(): Promise<void> {
	if (currentUser.userId) await ensureJournalAlive(currentUser.userId);
}
