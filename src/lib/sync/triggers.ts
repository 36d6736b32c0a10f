/**
 * The moments worth a sync attempt besides the button: the network comes back, or the app
 * returns to the foreground (phones suspend background tabs, so timers cannot be trusted).
 */
export interface TriggerSources {
	window?: EventTarget;
	document?: EventTarget & { visibilityState?: string };
}

/** Calls `onTrigger` on `online` and on `visibilitychange` to visible; returns the unsubscriber. */
export function listenForSyncTriggers(sources: TriggerSources, onTrigger: () => void): () => void {
	const { window: win, document: doc } = sources;
	const onOnline = () => onTrigger();
	const onVisible = () => {
		if (doc?.visibilityState === 'visible') onTrigger();
	};
	win?.addEventListener('online', onOnline);
	doc?.addEventListener('visibilitychange', onVisible);
	return () => {
		win?.removeEventListener('online', onOnline);
		doc?.removeEventListener('visibilitychange', onVisible);
	};
}
