/**
 * The moments worth a sync attempt besides the button: the network comes back, the app returns
 * to the foreground (phones suspend background tabs, so timers cannot be trusted), or the
 * service worker relays a Background Sync wake-up (`SYNC_NOW`).
 */
export interface TriggerSources {
	window?: EventTarget;
	document?: EventTarget & { visibilityState?: string };
	serviceWorker?: EventTarget;
}

export const SYNC_NOW_MESSAGE = 'SYNC_NOW';

/** Calls `onTrigger` on `online` and on `visibilitychange` to visible; returns the unsubscriber. */
export function listenForSyncTriggers(sources: TriggerSources, onTrigger: () => void): () => void {
	const { window: win, document: doc } = sources;
	const onOnline = () => onTrigger();
	const onVisible = () => {
		if (doc?.visibilityState === 'visible') onTrigger();
	};
	const onWorkerMessage = (event: Event) => {
		if ((event as MessageEvent).data?.type === SYNC_NOW_MESSAGE) onTrigger();
	};
	win?.addEventListener('online', onOnline);
	doc?.addEventListener('visibilitychange', onVisible);
	sources.serviceWorker?.addEventListener('message', onWorkerMessage);
	return () => {
		win?.removeEventListener('online', onOnline);
		doc?.removeEventListener('visibilitychange', onVisible);
		sources.serviceWorker?.removeEventListener('message', onWorkerMessage);
	};
}
