/** Sign-in and sign-out as the pages see them: the sync layer talks to the gateway. */
import { login, logout } from '$lib/sync/api-client';
import { currentUser } from './current-user.svelte';
import { openUserJournal } from './start-up';

export async function signIn(username: string, password: string): Promise<void> {
	const session = await login(username.trim(), password);
	currentUser.set(session);
	await openUserJournal();
}

/** Returns a French reason when logout is refused (unsynced changes) so the page can ask. */
export async function signOut(force = false): Promise<void> {
	await logout({ force });
	currentUser.set(null);
}
