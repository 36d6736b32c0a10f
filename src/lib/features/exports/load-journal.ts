/** Reads from the device's PouchDB what the PDF builders need; works offline. */
import { listDocs } from '$lib/data/documents.ts';
import { listEntries } from '$lib/data/entry.repository.ts';
import type { JournalDb } from '$lib/data/journal-db.ts';
import { getPhotoBlob, listPhotos } from '$lib/data/photo.repository.ts';
import { getProfile } from '$lib/data/profile.repository.ts';
import { getStage, listStages } from '$lib/data/stage.repository.ts';
import { emptyWeek, getWeek, listWeeks } from '$lib/data/week.repository.ts';
import { addDays, mondayOf } from '$lib/domain/calendar/dates.ts';
import { mondayOfWeekId, weekBelongsToStage } from '$lib/domain/ids.ts';
import { visaSchema, type Profile, type Stage } from '$lib/domain/schemas/index.ts';
import type { PhotoSource } from './pdf-photos.ts';

async function requireProfile(db: JournalDb): Promise<Profile> {
	const profile = await getProfile(db);
	if (!profile) throw new Error('Complétez votre profil avant d’exporter un PDF.');
	return profile;
}

/** Throws (in French) when the profile or the stage is missing. */
export async function loadJournal(db: JournalDb, stageId: string) {
	const [profile, stage] = await Promise.all([requireProfile(db), getStage(db, stageId)]);
	if (!stage) throw new Error('Ce stage est introuvable sur cet appareil.');
	const [entries, photos, weeks, visas] = await Promise.all([
		// Whole weeks: a week's digest covers Monday to Sunday, even days outside the stage.
		listEntries(db, { from: mondayOf(stage.startDate), to: addDays(mondayOf(stage.endDate), 6) }),
		listPhotos(db, { stageId }),
		listWeeks(db),
		listDocs(db, 'visa:', visaSchema)
	]);
	return {
		profile,
		stage,
		entries: entries.filter((e) => e.stageId === stageId),
		photos,
		weeks: weeks.filter((w) => w.stageId === stageId),
		visas: visas.filter((v) => v.stageId === stageId)
	};
}

/** Throws (in French) when the week id is invalid or its stage or the profile is missing. */
export async function loadWeek(db: JournalDb, weekId: string) {
	const monday = mondayOfWeekId(weekId);
	if (!monday) throw new Error('Semaine inconnue.');
	const [profile, stages] = await Promise.all([requireProfile(db), listStages(db)]);
	const stage: Stage | undefined = stages.find((s) => weekBelongsToStage(weekId, s._id));
	if (!stage) throw new Error('Le stage de cette semaine est introuvable sur cet appareil.');
	const [week, entries, photos, visas] = await Promise.all([
		getWeek(db, weekId),
		listEntries(db, { from: monday, to: addDays(monday, 6) }),
		listPhotos(db, { stageId: stage._id }),
		listDocs(db, `visa:${weekId}:`, visaSchema)
	]);
	return {
		profile,
		stage,
		week: week ?? emptyWeek(stage._id, monday),
		entries: entries.filter((e) => e.stageId === stage._id),
		photos,
		visas
	};
}

/** The 1920 px image, or the thumbnail when the image attachment is missing. */
export function photoSource(db: JournalDb): PhotoSource {
	return (id) => getPhotoBlob(db, id, 'image.jpg').catch(() => getPhotoBlob(db, id, 'thumb.jpg'));
}
