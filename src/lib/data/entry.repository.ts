import { entryId as newEntryId } from '$lib/domain/ids.ts';
import { entrySchema, type Entry, type EntryFields } from '$lib/domain/schemas/entry.schema.ts';
import { getDoc, listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Entries between two dates (inclusive, `YYYY-MM-DD`), in date order; deleted ones left out. */
export function listEntries(db: JournalDb, range: { from?: string; to?: string } = {}): Promise<Entry[]> {
	return listDocs(db, 'entry:', entrySchema, range);
}

export async function listEntriesOfStage(db: JournalDb, stageId: string): Promise<Entry[]> {
	return (await listEntries(db)).filter((entry) => entry.stageId === stageId);
}

export function getEntry(db: JournalDb, id: string): Promise<Entry | null> {
	return getDoc(db, id, entrySchema);
}

export function emptyEntry(id: string, stageId: string, date: string, now = nowIso()): Entry {
	return {
		_id: id,
		type: 'entry',
		schemaVersion: 1,
		stageId,
		date,
		text: '',
		minutes: 0,
		activityIds: [],
		tools: [],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: now,
		updatedAt: now
	};
}

export function createEntry(
	db: JournalDb,
	init: { stageId: string; date: string; id?: string }
): Promise<Entry> {
	const id = init.id ?? newEntryId(init.date);
	return updateDoc(db, id, entrySchema, (current) => current ?? emptyEntry(id, init.stageId, init.date));
}

/** Applies edited fields; throws the zod error (French) if they are invalid, storing nothing. */
export function updateEntry(db: JournalDb, id: string, patch: Partial<EntryFields>): Promise<Entry> {
	return updateDoc(db, id, entrySchema, (current) => {
		if (!current) throw Object.assign(new Error('Entrée introuvable.'), { status: 404 });
		return { ...current, ...patch, updatedAt: nowIso() };
	});
}

export function deleteEntry(db: JournalDb, id: string): Promise<Entry> {
	return updateDoc(db, id, entrySchema, (current) => {
		if (!current) throw Object.assign(new Error('Entrée introuvable.'), { status: 404 });
		return { ...current, deleted: true, updatedAt: nowIso() };
	});
}
