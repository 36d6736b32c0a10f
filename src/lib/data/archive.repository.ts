/**
 * Reads and writes a whole journal for the personal archive (features/archive). Documents are
 * read at their current revision with their revision history (`revs: true`) and written back with
 * `new_edits: false`, as replication does, so each keeps its very revision id: visas name
 * `{ id, rev }` of what they signed. The archive's content is validated by the shared schemas
 * (domain/archive/validate.ts) before anything reaches `writeArchivedDocs`.
 */
import type { RevisionHistory } from '$lib/domain/archive/revisions';
import type { JournalDb } from './journal-db.ts';

export interface StoredWithHistory {
	_id: string;
	_rev: string;
	_revisions: RevisionHistory;
	_attachments?: Record<string, { content_type: string; digest: string; length: number }>;
	[key: string]: unknown;
}

const BATCH = 50;

function isInternal(id: string): boolean {
	return id.startsWith('_design/') || id.startsWith('_local/');
}

async function withHistories(db: JournalDb, ids: string[]): Promise<Map<string, StoredWithHistory>> {
	const out = new Map<string, StoredWithHistory>();
	for (let i = 0; i < ids.length; i += BATCH) {
		const result = await db.bulkGet({
			docs: ids.slice(i, i + BATCH).map((id) => ({ id })),
			revs: true
		});
		for (const item of result.results) {
			const found = item.docs[0];
			if (found && 'ok' in found && !(found.ok as { _deleted?: boolean })._deleted) {
				out.set(item.id, found.ok as unknown as StoredWithHistory);
			}
		}
	}
	return out;
}

/** Every live document of the journal, current revision, history and attachment stubs. */
export async function readJournalWithHistories(db: JournalDb): Promise<StoredWithHistory[]> {
	const all = await db.allDocs();
	const ids = all.rows.map((row) => row.id).filter((id) => !isInternal(id));
	const docs = await withHistories(db, ids);
	return ids.flatMap((id) => docs.get(id) ?? []);
}

export async function readAttachment(db: JournalDb, id: string, name: string): Promise<Blob> {
	return (await db.getAttachment(id, name)) as Blob;
}

/** Current revision and history of each id present on the device (absent ids are left out). */
export async function localHistories(
	db: JournalDb,
	ids: string[]
): Promise<Map<string, { rev: string; history: RevisionHistory }>> {
	const docs = await withHistories(db, ids);
	return new Map([...docs].map(([id, doc]) => [id, { rev: doc._rev, history: doc._revisions }]));
}

/** The revision is stored here, as the winner or a conflicting branch. */
export async function hasRevision(db: JournalDb, id: string, rev: string): Promise<boolean> {
	try {
		await db.get(id, { rev });
		return true;
	} catch {
		return false;
	}
}

/**
 * Writes revisions as they are (`new_edits: false`). Resolves with the ids PouchDB refused and
 * why; throws what PouchDB throws for the whole batch (quota: see `isQuotaError`).
 */
export async function writeArchivedDocs(
	db: JournalDb,
	docs: Record<string, unknown>[]
): Promise<{ id: string; message: string }[]> {
	if (docs.length === 0) return [];
	const results = await db.bulkDocs(docs as PouchDB.Core.PutDocument<object>[], {
		new_edits: false
	});
	return results.flatMap((r) =>
		'error' in r && r.error ? [{ id: r.id ?? '', message: String(r.message ?? r.error) }] : []
	);
}
