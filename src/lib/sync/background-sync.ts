/**
 * Background Sync (Chromium only): asks the browser to wake the service worker when the network
 * returns. The worker has no database of its own: it tells the open pages to sync (`SYNC_NOW`,
 * see triggers.ts); an app closed at that moment syncs when it is next opened. Other browsers
 * rely on the in-app triggers (app open, `online`, back to the foreground).
 */
export const BACKGROUND_SYNC_TAG = 'carnet-sync';

interface SyncManagerLike {
	register(tag: string): Promise<void>;
}

/** Returns false where Background Sync is unavailable (Safari, Firefox, no service worker). */
export async function registerBackgroundSync(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
	try {
		// Not `ready`: it never settles when no worker is registered (dev server, tests).
		const registration = await navigator.serviceWorker.getRegistration();
		const sync = (
			registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined
		)?.sync;
		if (!sync) return false;
		await sync.register(BACKGROUND_SYNC_TAG);
		return true;
	} catch {
		// Permission denied or no active worker: the in-app triggers still sync.
		return false;
	}
}
