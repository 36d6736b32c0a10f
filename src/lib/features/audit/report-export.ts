/**
 * Tells the gateway's audit trail that the signed-in user exported a journal (PDF, portfolio,
 * archive…): `POST /api/audit/events`. Best effort: an export never fails because of it.
 * Offline (or server down) the event waits in the device database and is sent on the next sync
 * (`flushAuditQueue`, called by `audit-flush.svelte.ts`); an event the gateway refuses (400,
 * 403) is dropped, since sending it again would be refused again.
 */
import {
	enqueueAuditEvent,
	listQueuedAuditEvents,
	removeQueuedAuditEvent
} from '$lib/data/audit-queue.repository.ts';
import { getSession } from '$lib/data/session.repository.ts';

export interface ExportReport {
	/** What was exported: `pdf`, `portfolio`, `zip`, `synthese`… (`[a-z0-9-]{1,30}`). */
	kind: string;
	/** `journal_<studentId>`: the journal the export was made from. */
	journalId: string;
}

export type ReportOutcome = 'sent' | 'queued' | 'refused';

type AuditEvent = { action: 'export'; kind: string; journalId: string };

/** 'sent', 'refused' (by the gateway: dropped) or 'retry' (network, 401, 5xx: keep it). */
async function post(event: AuditEvent, csrfToken: string): Promise<'sent' | 'refused' | 'retry'> {
	try {
		const response = await fetch('/api/audit/events', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json',
				'X-CSRF-Token': csrfToken
			},
			body: JSON.stringify(event)
		});
		await response.body?.cancel();
		if (response.ok) return 'sent';
		// 401: the session expired; the event is sent once the user has signed in again.
		return response.status === 401 || response.status >= 500 ? 'retry' : 'refused';
	} catch {
		return 'retry';
	}
}

/** Reports an export. Never throws: the audit must not stand between a user and their file. */
export async function reportExport(report: ExportReport): Promise<ReportOutcome> {
	const event: AuditEvent = { action: 'export', kind: report.kind, journalId: report.journalId };
	try {
		const session = await getSession();
		if (!session) return 'refused';
		const result = session.expired ? 'retry' : await post(event, session.csrfToken);
		if (result !== 'retry') return result;
		await enqueueAuditEvent(session.userId, event);
		return 'queued';
	} catch (error) {
		console.warn('Journal d’audit', error);
		return 'refused';
	}
}

let flushing: Promise<number> | null = null;

/** Sends the events queued for the signed-in user, oldest first; returns how many are left. */
export function flushAuditQueue(): Promise<number> {
	flushing ??= flush().finally(() => (flushing = null));
	return flushing;
}

async function flush(): Promise<number> {
	const session = await getSession();
	if (!session || session.expired) return 0;
	const queued = await listQueuedAuditEvents(session.userId);
	for (const [index, row] of queued.entries()) {
		const result = await post(row.event, session.csrfToken);
		if (result === 'retry') return queued.length - index;
		await removeQueuedAuditEvent(row.id);
	}
	return 0;
}
