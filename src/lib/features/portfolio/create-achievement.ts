/** Creating achievements: blank, or prefilled from a journal entry (domain/portfolio). */
import { createAchievement } from '$lib/data/achievement.repository';
import { getEntry } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { getProfile } from '$lib/data/profile.repository';
import { getStage } from '$lib/data/stage.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import { achievementFromEntry, blankAchievement } from '$lib/domain/portfolio';
import type { Achievement } from '$lib/domain/schemas';

async function base() {
	return { now: new Date().toISOString(), today: todayLocal() };
}

export async function createBlankAchievement(db: JournalDb): Promise<Achievement> {
	const profile = await getProfile(db);
	return createAchievement(
		db,
		blankAchievement({ ...(await base()), trainingYear: profile?.trainingYear ?? 1 })
	);
}

/** Null when the entry is not on this device. */
export async function createAchievementFromEntry(
	db: JournalDb,
	entryId: string
): Promise<Achievement | null> {
	const entry = await getEntry(db, entryId);
	if (!entry || entry.deleted) return null;
	const [profile, stage, photos] = await Promise.all([
		getProfile(db),
		getStage(db, entry.stageId),
		listPhotos(db, { entryId })
	]);
	const { achievement } = achievementFromEntry({
		...(await base()),
		trainingYear: profile?.trainingYear ?? 1,
		entry,
		...(stage ? { stage } : {}),
		photos
	});
	return createAchievement(db, achievement);
}
