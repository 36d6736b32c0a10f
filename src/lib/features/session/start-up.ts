/**
 * What the app does once when it opens: read the cached session, fold drafts a killed tab left
 * behind into the journal, and keep the IndexedDB connection alive across backgrounding (iOS).
 */
import { recoverDrafts } from '$lib/data/draft.repository';
import { syncManager } from '$lib/sync/sync-manager.svelte';
import { afterFirstPaint } from '$lib/features/pwa/after-first-paint';
import { currentUser } from './current-user.svelte';
import { signInNotice } from './sign-in-notice.svelte';

let started = false;

export async function startUp(): Promise<void> {
	if (started) return;
	started = true;
	const session = await currentUser.load();
	if (session) {
		await openUserJournal();
		// Refresh the session in the background; offline, the cached one keeps the app working.
		// Like live sync, it waits for the first screen (the gateway client loads then).
		void afterFirstPaint()
			.then(() => import('$lib/sync/api-client'))
			.then(({ fetchMe }) => fetchMe())
			.then((me) => {
				if (me.session) currentUser.set(me.session);
				// The device copy is already gone: the sign-in page says why.
				else if (me.state === 'deleted') void signInNotice.show(me.message);
			});
	}
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void currentUser.revive();
	});
}

/** After the session is known (start-up or login): recover drafts, then start syncing. */
export async function openUserJournal(): Promise<void> {
	const session = currentUser.session;
	if (!session) return;
	const results = await recoverDrafts(currentUser.db(), session.userId);
	for (const result of results) {
		// An invalid draft stays on the device; the editor shows it and its error.
		if (!result.ok) console.warn('Brouillon non intégré', result.docId, result.error);
	}
	// Live sync (and the replication code it loads) waits for the first screen: today's entry is
	// read and written locally, so on a slow phone the sync must not delay it. The sync card says
	// « Démarrage… » meanwhile.
	void afterFirstPaint()
		.then(() => {
			// Still the same user (not signed out meanwhile).
			if (currentUser.session?.userId !== session.userId) return;
			return syncManager.start(currentUser.session);
		})
		.catch((error: unknown) => console.warn('Synchronisation', error));
}
