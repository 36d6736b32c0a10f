/**
 * Device-only state, never synced: drafts being typed, settings, the cached session, the
 * queue of photos waiting to be processed, the teacher's dashboard summaries and the student's
 * home snapshot. One Dexie
 * database per device, rows keyed by user where they belong to one.
 */
import Dexie, { type Table } from 'dexie';

/** A pending change to a synced document, stored at every keystroke and folded into PouchDB later. */
export interface DraftRow {
	userId: string;
	docId: string;
	/** The document type, so a draft of a document that does not exist yet can create it. */
	docType: 'entry' | 'week' | 'stage' | 'profile' | 'achievement';
	patch: Record<string, unknown>;
	/** Milliseconds; increases at every keystroke so a flush never deletes a newer draft. */
	updatedAt: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export interface SessionRow {
	id: 'current';
	value: unknown;
}

/** A picked photo kept until the pipeline has stored its processed version. */
export interface QueuedPhotoRow {
	id?: number;
	userId: string;
	entryId: string;
	stageId: string;
	date: string;
	caption: string;
	file: Blob;
	queuedAt: number;
	/** Picked to be redacted first: reopened in the redaction editor, never stored as is. */
	awaitingRedaction?: boolean;
}

/**
 * The teacher's dashboard summary of one student's journal (`JournalSummary`, plain data), valid
 * for the local replica `instance` at `seq` (its `update_seq`); see
 * `dashboard-summary.repository.ts`.
 */
export interface DashboardSummaryRow {
	userId: string;
	studentId: string;
	version: number;
	/** The replica's instance id: a re-created database (same name) starts its seqs again. */
	instance: string;
	seq: number | string;
	summary: unknown;
}

/**
 * What the student's home showed last (`HomeSummary`, plain data), painted at the next opening
 * before the journal's code has loaded; see `home-snapshot.repository.ts`.
 */
export interface HomeSnapshotRow {
	userId: string;
	version: number;
	savedAt: number;
	summary: unknown;
}

/** An audit event (« export made ») waiting for the network; sent on the next sync. */
export interface AuditQueueRow {
	id?: number;
	userId: string;
	event: { action: 'export'; kind: string; journalId: string };
	queuedAt: number;
}

export class DeviceDb extends Dexie {
	drafts!: Table<DraftRow, [string, string]>;
	settings!: Table<SettingRow, string>;
	session!: Table<SessionRow, string>;
	photoQueue!: Table<QueuedPhotoRow, number>;
	dashboardSummaries!: Table<DashboardSummaryRow, [string, string]>;
	auditQueue!: Table<AuditQueueRow, number>;
	homeSnapshots!: Table<HomeSnapshotRow, string>;

	constructor(name = 'carnet-device') {
		super(name);
		this.version(1).stores({
			drafts: '[userId+docId], userId, updatedAt',
			settings: 'key',
			session: 'id',
			photoQueue: '++id, userId, entryId'
		});
		// A cache the teacher's dashboard can always rebuild from the replicas.
		this.version(2).stores({ dashboardSummaries: '[userId+studentId], userId' });
		// Audit events reported while offline (see features/audit/report-export.ts).
		this.version(3).stores({ auditQueue: '++id, userId' });
		// A cache of the student's home, always rebuilt from the journal after the first paint.
		this.version(4).stores({ homeSnapshots: 'userId' });
	}
}

let instance: DeviceDb | undefined;

export function deviceDb(): DeviceDb {
	instance ??= new DeviceDb();
	return instance;
}

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
	const row = await deviceDb().settings.get(key);
	return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
	await deviceDb().settings.put({ key, value });
}
