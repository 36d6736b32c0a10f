/** Sign-in and sign-out as the pages see them: the sync layer talks to the gateway. */
import type { Session } from '$lib/data/session.repository';
import { login, logout } from '$lib/sync/api-client';
import { currentUser } from './current-user.svelte';
import { openUserJournal } from './start-up';

/** Returns the session, whose role says which home to open. */
export async function signIn(username: string, password: string): Promise<Session> {
	const session = await login(username.trim(), password);
	currentUser.set(session);
	await openUserJournal();
	return session;
}

/** Returns a French reason when logout is refused (unsynced changes) so the page can ask. */
export async function signOut(force = false): Promise<void> {
	await logout({ force });
	currentUser.set(null);
}
