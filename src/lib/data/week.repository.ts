import { weekId as buildWeekId } from '$lib/domain/ids.ts';
import { weekSchema, type Week, type WeekFields } from '$lib/domain/schemas/week.schema.ts';
import { getDoc, listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

export function getWeek(db: JournalDb, id: string): Promise<Week | null> {
	return getDoc(db, id, weekSchema);
}

export function listWeeks(db: JournalDb): Promise<Week[]> {
	return listDocs(db, 'week:', weekSchema);
}

export function emptyWeek(stageId: string, monday: string, now = nowIso()): Week {
	return {
		_id: buildWeekId(monday, stageId),
		type: 'week',
		schemaVersion: 1,
		stageId,
		monday,
		summary: '',
		difficulties: '',
		learned: '',
		status: 'draft',
		updatedAt: now
	};
}

/** Creates the week report on first write, then updates its fields. */
export function saveWeek(
	db: JournalDb,
	input: { stageId: string; monday: string } & Partial<WeekFields>
): Promise<Week> {
	const { stageId, monday, ...fields } = input;
	const id = buildWeekId(monday, stageId);
	return updateDoc(db, id, weekSchema, (current) => ({
		...(current ?? emptyWeek(stageId, monday)),
		...fields,
		updatedAt: nowIso()
	}));
}

/**
 * Marks the week as sent to the tutor with the digest of the content sent. Editing it later
 * keeps `submittedDigest`, so everyone can see that it changed after sending.
 */
export function submitWeek(
	db: JournalDb,
	input: { stageId: string; monday: string },
	digest: string
): Promise<Week> {
	const id = buildWeekId(input.monday, input.stageId);
	return updateDoc(db, id, weekSchema, (current) => {
		const now = nowIso();
		return {
			...(current ?? emptyWeek(input.stageId, input.monday, now)),
			status: 'submitted',
			submittedAt: now,
			submittedDigest: digest,
			updatedAt: now
		};
	});
}
