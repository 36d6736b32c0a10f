/**
 * Sends the audit events queued offline each time the sync manager catches up (its
 * `lastSyncedAt` moves): « sent on the next sync ». Loaded after the first paint.
 */
import { syncManager } from '$lib/sync/sync-manager.svelte.ts';
import { flushAuditQueue } from './report-export.ts';

let stop: (() => void) | null = null;

export function flushAuditQueueOnSync(): void {
	stop ??= $effect.root(() => {
		$effect(() => {
			if (syncManager.lastSyncedAt === null) return;
			void flushAuditQueue().catch(() => undefined);
		});
	});
}
