import { stageId } from '$lib/domain/ids.ts';
import {
	stageInputSchema,
	stageSchema,
	type Stage,
	type StageInput
} from '$lib/domain/schemas/stage.schema.ts';
import { getDoc, listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Stages in chronological order (ids start with the start date), deleted ones left out. */
export function listStages(db: JournalDb): Promise<Stage[]> {
	return listDocs(db, 'stage:', stageSchema);
}

export function getStage(db: JournalDb, id: string): Promise<Stage | null> {
	return getDoc(db, id, stageSchema);
}

/**
 * Creates a stage (no `id`) or updates one. Throws the zod error with French messages if the
 * input is invalid; the form keeps what the student typed.
 */
export async function saveStage(db: JournalDb, input: StageInput, id?: string): Promise<Stage> {
	const fields = stageInputSchema.parse(input);
	const docId = id ?? stageId(fields.startDate);
	return updateDoc(db, docId, stageSchema, (current) => {
		const now = nowIso();
		return {
			...current,
			_id: docId,
			type: 'stage',
			schemaVersion: 1,
			...fields,
			createdAt: current?.createdAt ?? now,
			updatedAt: now
		};
	});
}

export function deleteStage(db: JournalDb, id: string): Promise<Stage> {
	return updateDoc(db, id, stageSchema, (current) => {
		if (!current) throw Object.assign(new Error('Stage introuvable.'), { status: 404 });
		return { ...current, deleted: true, updatedAt: nowIso() };
	});
}
