/** Achievements (réalisations professionnelles) of the student's journal, parsed on every read/write. */
import {
	achievementSchema,
	type Achievement,
	type AchievementFields
} from '$lib/domain/schemas/achievement.schema.ts';
import { getDoc, listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Live achievements, oldest first (ids sort by creation instant). */
export function listAchievements(db: JournalDb): Promise<Achievement[]> {
	return listDocs(db, 'achievement:', achievementSchema);
}

export function getAchievement(db: JournalDb, id: string): Promise<Achievement | null> {
	return getDoc(db, id, achievementSchema);
}

/** Stores a new achievement (or returns the stored one if that id exists already). */
export function createAchievement(db: JournalDb, achievement: Achievement): Promise<Achievement> {
	return updateDoc(db, achievement._id, achievementSchema, (current) => current ?? achievement);
}

/** Applies edited fields; throws the zod error (French) if they are invalid, storing nothing. */
export function updateAchievement(
	db: JournalDb,
	id: string,
	patch: Partial<AchievementFields>
): Promise<Achievement> {
	return updateDoc(db, id, achievementSchema, (current) => {
		if (!current) throw Object.assign(new Error('Réalisation introuvable.'), { status: 404 });
		return { ...current, ...patch, updatedAt: nowIso() };
	});
}

/** Soft delete: the document stays (and syncs) with `deleted: true`. */
export function deleteAchievement(db: JournalDb, id: string): Promise<Achievement> {
	return updateDoc(db, id, achievementSchema, (current) => {
		if (!current) throw Object.assign(new Error('Réalisation introuvable.'), { status: 404 });
		return { ...current, deleted: true, updatedAt: nowIso() };
	});
}
