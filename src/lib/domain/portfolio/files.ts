/**
 * Files a student attaches to an achievement: the name they are stored under (the attachment
 * name, shown as is) and why a file is refused, in French, before anything is written.
 */
import {
	ACHIEVEMENT_FILE_MAX_BYTES,
	ACHIEVEMENT_FILE_NAME,
	ACHIEVEMENT_FILE_TYPES,
	ACHIEVEMENT_FILES_MAX
} from '../schemas/achievement.schema.ts';

/**
 * A storable name for `original` (`Rapport final.PDF` → `Rapport-final.pdf`): characters outside
 * the allowed set become `-`, the extension is lower-cased. Null when the extension is not one of
 * the accepted types.
 */
export function achievementFileName(original: string): string | null {
	const dot = original.lastIndexOf('.');
	if (dot <= 0) return null;
	const extension = original.slice(dot + 1).toLowerCase();
	if (!ACHIEVEMENT_FILE_TYPES[extension]) return null;
	// Accents dropped (é → e), anything else outside the allowed set becomes one `-`.
	const base = original
		.slice(0, dot)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[^A-Za-z0-9]+|-+$/g, '')
		.slice(0, 80);
	const name = `${base || 'fichier'}.${extension}`;
	return ACHIEVEMENT_FILE_NAME.test(name) ? name : null;
}

/** The reason a file cannot be attached, or null. `existing`: names already attached. */
export function achievementFileProblem(
	file: { name: string; size: number },
	existing: readonly string[]
): string | null {
	const name = achievementFileName(file.name);
	if (!name) {
		return `${file.name} : type de fichier non accepté (PDF, image PNG/JPEG, texte, CSV, document bureautique).`;
	}
	if (file.size > ACHIEVEMENT_FILE_MAX_BYTES) {
		return `${file.name} : fichier trop volumineux (5 Mo au maximum).`;
	}
	if (file.size === 0) return `${file.name} : fichier vide.`;
	if (!existing.includes(name) && existing.length >= ACHIEVEMENT_FILES_MAX) {
		return `${ACHIEVEMENT_FILES_MAX} fichiers au maximum par réalisation.`;
	}
	return null;
}

export function achievementFileType(name: string): string {
	return (
		ACHIEVEMENT_FILE_TYPES[ACHIEVEMENT_FILE_NAME.exec(name)?.[1] ?? ''] ??
		'application/octet-stream'
	);
}
