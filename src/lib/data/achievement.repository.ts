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

function isConflict(error: unknown): boolean {
	return (error as { status?: number } | null)?.status === 409;
}

/**
 * Attaches (or replaces) a file. The achievement with the new file is parsed first, so a name,
 * type or size its schema refuses throws the French ZodError and nothing is written.
 */
export async function attachAchievementFile(
	db: JournalDb,
	id: string,
	file: { name: string; type: string; data: Blob }
): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		const current = await getAchievement(db, id);
		if (!current?._rev) throw Object.assign(new Error('Réalisation introuvable.'), { status: 404 });
		achievementSchema.parse({
			...current,
			_attachments: {
				...current._attachments,
				[file.name]: {
					content_type: file.type,
					stub: true,
					digest: 'md5-pending',
					length: file.data.size
				}
			}
		});
		try {
			await db.putAttachment(id, file.name, current._rev, file.data, file.type);
			return;
		} catch (error) {
			if (!isConflict(error) || attempt >= 4) throw error;
		}
	}
}

export async function detachAchievementFile(db: JournalDb, id: string, name: string): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		const current = await getAchievement(db, id);
		if (!current?._rev || !current._attachments?.[name]) return;
		try {
			await db.removeAttachment(id, name, current._rev);
			return;
		} catch (error) {
			if (!isConflict(error) || attempt >= 4) throw error;
		}
	}
}

/** The bytes of an attached file (null when it has not arrived on this device yet). */
export async function getAchievementFile(
	db: JournalDb,
	id: string,
	name: string
): Promise<Blob | null> {
	try {
		return (await db.getAttachment(id, name)) as Blob;
	} catch {
		return null;
	}
}
