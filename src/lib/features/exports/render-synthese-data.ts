/**
 * Reads from a journal on this device (the student's own, or a student's replica on a teacher's
 * device) what the tableau de synthèse needs, and builds its model. Works offline.
 */
import { listDocs } from '$lib/data/documents.ts';
import { listEntries } from '$lib/data/entry.repository.ts';
import type { JournalDb } from '$lib/data/journal-db.ts';
import { listPhotos } from '$lib/data/photo.repository.ts';
import { getProfile } from '$lib/data/profile.repository.ts';
import { listStages } from '$lib/data/stage.repository.ts';
import { todayLocal } from '$lib/domain/calendar/dates.ts';
import { buildSyntheseModel, type SyntheseModel } from '$lib/domain/exports/synthese.ts';
import { syntheseInputFrom } from '$lib/domain/exports/synthese-input.ts';
import { achievementSchema } from '$lib/domain/schemas/achievement.schema.ts';

/** Throws (in French) when the journal has no profile yet. */
export async function loadSyntheseModel(db: JournalDb, now = new Date()): Promise<SyntheseModel> {
	const [profile, achievements, stages, entries, photos] = await Promise.all([
		getProfile(db),
		listDocs(db, 'achievement:', achievementSchema),
		listStages(db),
		listEntries(db),
		listPhotos(db)
	]);
	if (!profile) throw new Error('Complétez le profil avant d’exporter le tableau de synthèse.');
	return buildSyntheseModel(
		syntheseInputFrom({
			profile,
			achievements,
			stages,
			entries,
			photos,
			today: todayLocal(now),
			now
		})
	);
}
