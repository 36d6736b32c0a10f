/**
 * Audit events the gateway could not receive yet (offline, server down). Device-only: they are
 * sent, then deleted, by `features/audit/report-export.ts` on the next sync.
 */
import { deviceDb, type AuditQueueRow } from './device-db.ts';

export type QueuedAuditEvent = AuditQueueRow & { id: number };

/** At most this many events wait per user: a device offline for months must not grow forever. */
const MAX_QUEUED = 200;

export async function enqueueAuditEvent(
	userId: string,
	event: AuditQueueRow['event']
): Promise<void> {
	const table = deviceDb().auditQueue;
	await table.add({ userId, event, queuedAt: Date.now() });
	const rows = await table.where('userId').equals(userId).sortBy('queuedAt');
	const extra = rows.slice(0, Math.max(0, rows.length - MAX_QUEUED));
	if (extra.length > 0) await table.bulkDelete(extra.map((row) => row.id!));
}

export async function listQueuedAuditEvents(userId: string): Promise<QueuedAuditEvent[]> {
	const rows = await deviceDb().auditQueue.where('userId').equals(userId).sortBy('queuedAt');
	return rows as QueuedAuditEvent[];
}

export async function removeQueuedAuditEvent(id: number): Promise<void> {
	await deviceDb().auditQueue.delete(id);
}
