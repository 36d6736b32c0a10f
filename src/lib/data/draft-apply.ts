/** Folds a draft's fields into the document it edits, creating the document if needed. */
import { updateAchievement } from './achievement.repository.ts';
import type { DraftRow } from './device-db.ts';
import { createEntry, updateEntry } from './entry.repository.ts';
import type { JournalDb } from './journal-db.ts';
import { saveProfile } from './profile.repository.ts';
import { saveStage } from './stage.repository.ts';
import { saveWeek } from './week.repository.ts';
import type { ProfileInput, StageInput } from '$lib/domain/schemas/index.ts';

export async function applyDraft(db: JournalDb, draft: DraftRow): Promise<void> {
	const patch = draft.patch;
	switch (draft.docType) {
		case 'entry': {
			const { stageId, date, ...fields } = patch as { stageId?: string; date?: string };
			if (typeof stageId === 'string' && typeof date === 'string') {
				await createEntry(db, { id: draft.docId, stageId, date });
			}
			await updateEntry(db, draft.docId, fields);
			return;
		}
		case 'week':
			await saveWeek(db, patch as { stageId: string; monday: string });
			return;
		case 'stage':
			await saveStage(db, patch as StageInput, draft.docId.startsWith('stage:') ? draft.docId : undefined);
			return;
		case 'profile':
			await saveProfile(db, patch as ProfileInput);
			return;
		case 'achievement':
			// The achievement is created before its editor opens; a draft only patches fields.
			await updateAchievement(db, draft.docId, patch);
			return;
	}
}
