/** The tutor's list of weeks (`tutor-weeks.ts`) read from the local replica. */
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { listStages } from '$lib/data/stage.repository';
import { listVisas } from '$lib/data/visa.repository';
import { listWeeks } from '$lib/data/week.repository';
import type { Photo } from '$lib/domain/schemas';
import { tutorWeeksFrom, type TutorWeekItem } from './tutor-weeks';
import { withKnownPhotos } from './week-model';

export type { TutorWeekItem };

/** Submitted weeks of one journal, newest first; `knownPhotos` completes photos not yet here. */
export async function listTutorWeeks(
	db: JournalDb,
	journal: string,
	studentName: string,
	knownPhotos: readonly Photo[] = []
): Promise<TutorWeekItem[]> {
	const [stages, weeks, entries, photos, visas] = await Promise.all([
		listStages(db),
		listWeeks(db),
		listEntries(db),
		listPhotos(db),
		listVisas(db)
	]);
	// Comments do not change a week's state: the list does not read them.
	const comments: never[] = [];
	return tutorWeeksFrom(
		{ stages, weeks, entries, photos: withKnownPhotos(photos, knownPhotos), visas, comments },
		journal,
		studentName
	);
}
