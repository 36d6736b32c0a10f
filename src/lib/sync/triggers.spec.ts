import { describe, expect, it } from 'vitest';
import { listenForSyncTriggers, SYNC_NOW_MESSAGE } from './triggers.ts';

describe('sync triggers', () => {
	it('syncs when the service worker relays a Background Sync wake-up, until unsubscribed', () => {
		const serviceWorker = new EventTarget();
		let calls = 0;
		const stop = listenForSyncTriggers({ serviceWorker }, () => calls++);
		serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'OTHER' } }));
		serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: SYNC_NOW_MESSAGE } }));
		expect(calls).toBe(1);
		stop();
		serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: SYNC_NOW_MESSAGE } }));
		expect(calls).toBe(1);
	});
});
