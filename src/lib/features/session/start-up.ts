/**
 * What the app does once when it opens: read the cached session, then, once the first screen is
 * up, fold drafts a killed tab left behind into the journal, start live sync and keep the
 * IndexedDB connection alive across backgrounding (iOS).
 *
 * Only the session is read before the first paint. The journal (PouchDB), the schemas and the
 * sync code load after it: the student's home paints from its snapshot (features/home), the
 * tutor's link page from the token exchange, and editors lay their own draft over the stored
 * document, so nothing waits for the drafts to be folded in.
 */
import { afterFirstPaint } from '$lib/features/pwa/after-first-paint';
import { currentUser } from './current-user.svelte';

let started = false;
const holds: Promise<unknown>[] = [];

/**
 * Keeps start-up's work (the session read from Dexie, the journal's code, live sync: ~100 kB to
 * download and parse) until `until` settles. The tutor's pages hold it until their own replica
 * has loaded, which brings the same code: on a slow phone it must not share the line and the CPU
 * with the week the tutor is opening.
 */
export function holdStartUp(until: Promise<unknown>): void {
	holds.push(until.catch(() => undefined));
}

/** A hold released by calling the function returned (again: no effect). */
export function startUpHold(): () => void {
	let release = () => {};
	holdStartUp(new Promise<void>((resolve) => (release = resolve)));
	return () => release();
}

/** Once no hold is left (one page's hold may end as the next page takes its own). */
export async function startUpReleased(): Promise<void> {
	for (let settled = -1; settled !== holds.length;) {
		settled = holds.length;
		await Promise.all(holds);
	}
}

export async function startUp(): Promise<void> {
	if (started) return;
	started = true;
	await startUpReleased();
	const session = await currentUser.load();
	if (session) {
		void openUserJournal().catch((error: unknown) => console.warn('Ouverture du carnet', error));
		// Refresh the session in the background; offline, the cached one keeps the app working.
		void afterFirstPaint().then(refreshSession);
	}
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState !== 'visible') return;
		void import('./user-journal').then(({ reviveUserJournal }) => reviveUserJournal());
	});
}

/**
 * Asks the gateway who is signed in. When the account was deleted meanwhile, the device copy is
 * already gone (journal-cleanup) and the sign-in page says why.
 */
async function refreshSession(): Promise<void> {
	const { fetchMe } = await import('$lib/sync/api-client');
	const me = await fetchMe();
	if (me.session) currentUser.set(me.session);
	else if (me.state === 'deleted') {
		const { signInNotice } = await import('./sign-in-notice.svelte');
		void signInNotice.show(me.message);
	}
}

let watchingRefusals = false;

/**
 * After the session is known (start-up or login), once the first screen is up: recover drafts,
 * then start syncing. Resolves when the drafts are in the journal.
 */
export async function openUserJournal(): Promise<void> {
	const session = currentUser.session;
	if (!session) return;
	await afterFirstPaint();
	const [{ recoverDrafts }, { userJournal }, { syncManager }] = await Promise.all([
		import('$lib/data/draft.repository'),
		import('./user-journal'),
		import('$lib/sync/sync-manager.svelte')
	]);
	// Still the same user (not signed out meanwhile).
	if (currentUser.session?.userId !== session.userId) return;
	const results = await recoverDrafts(userJournal(), session.userId);
	for (const result of results) {
		// An invalid draft stays on the device; the editor shows it and its error.
		if (!result.ok) console.warn('Brouillon non intégré', result.docId, result.error);
	}
	if (currentUser.session?.userId !== session.userId) return;
	// A 401 while the app stays open: expired, or the account deleted (then the copy goes now,
	// not at the next opening).
	if (!watchingRefusals) {
		watchingRefusals = true;
		syncManager.onUnauthorized(() => void refreshSession().catch(() => undefined));
	}
	// The sync card says « Démarrage… » until then.
	void syncManager
		.start(currentUser.session)
		.catch((error: unknown) => console.warn('Synchronisation', error));
}
