/**
 * What the gateway says about purges (`GET /api/admin/purges`, `POST /api/admin/purges/run`,
 * docs/api.md), shared by the gateway and the admin screen.
 */

/** A journal past its class's purge date; `waiting` when the student was not offered an export. */
export interface DueJournal {
	classId: string;
	studentId: string;
	journal: string;
	purgeAfter: string;
	waiting?: 'export-not-offered';
}

export interface PurgeReport {
	purged: { classId: string; studentId: string; journal: string }[];
	waiting: { classId: string; studentId: string; journal: string; reason: 'export-not-offered' }[];
	/** Audit events deleted because they were older than the retention. */
	auditExpired: number;
}
