/** Files of an achievement: attach (checked first, French reason), detach, open. */
import {
	attachAchievementFile,
	detachAchievementFile,
	getAchievement,
	getAchievementFile
} from '$lib/data/achievement.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import {
	achievementFileName,
	achievementFileProblem,
	achievementFileType
} from '$lib/domain/portfolio';

export async function fileNamesOf(db: JournalDb, id: string): Promise<string[]> {
	return Object.keys((await getAchievement(db, id))?._attachments ?? {}).sort();
}

/** Null when stored; else the French reason (nothing is written then). */
export async function addFile(
	db: JournalDb,
	id: string,
	file: File,
	existing: readonly string[]
): Promise<string | null> {
	const problem = achievementFileProblem(file, existing);
	if (problem) return problem;
	const name = achievementFileName(file.name)!;
	try {
		await attachAchievementFile(db, id, { name, type: achievementFileType(name), data: file });
		return null;
	} catch (error) {
		if (isQuotaError(error)) return QUOTA_MESSAGE;
		const issue = (error as { issues?: { message: string }[] } | null)?.issues?.[0];
		return issue ? `${file.name} : ${issue.message}` : `${file.name} : enregistrement impossible.`;
	}
}

export function removeFile(db: JournalDb, id: string, name: string): Promise<void> {
	return detachAchievementFile(db, id, name);
}

/** An object URL the caller revokes, or null when the file has not arrived on this device. */
export async function fileUrl(db: JournalDb, id: string, name: string): Promise<string | null> {
	const blob = await getAchievementFile(db, id, name);
	return blob ? URL.createObjectURL(blob) : null;
}
