/**
 * Visas of a journal. A visa is immutable (the gateway refuses any change or deletion): it is
 * only ever created, on the signer's device, in the local replica of the student's journal,
 * and the sync pushes it. Works offline.
 */
import { visaSchema, type Visa } from '$lib/domain/schemas/visa.schema.ts';
import { getDoc, listDocs } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Visas of one week (`visa:<weekId>:…`), oldest first; all visas without `weekId`. */
export function listVisas(db: JournalDb, weekId?: string): Promise<Visa[]> {
	return listDocs(db, weekId ? `visa:${weekId}:` : 'visa:', visaSchema);
}

export function getVisa(db: JournalDb, id: string): Promise<Visa | null> {
	return getDoc(db, id, visaSchema);
}

/** Stores a new visa. Throws the schema's French error when invalid, or 409 if the id exists. */
export async function createVisa(db: JournalDb, visa: Visa): Promise<Visa> {
	const { _rev: _ignored, ...fresh } = visaSchema.parse(visa);
	const result = await db.put(fresh);
	return { ...fresh, _rev: result.rev };
}

/**
 * The revision of a document as it was signed. The local replica may have compacted it away;
 * `fallback` (the gateway) is asked then. Null when neither has it.
 */
export async function getRevision(
	db: JournalDb,
	id: string,
	rev: string,
	fallback?: JournalDb
): Promise<Record<string, unknown> | null> {
	for (const source of fallback ? [db, fallback] : [db]) {
		try {
			return (await source.get(id, { rev })) as unknown as Record<string, unknown>;
		} catch {
			// Try the next source.
		}
	}
	return null;
}
