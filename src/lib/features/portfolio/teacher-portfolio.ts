/**
 * A teacher's side of a student's portfolio, on the teacher's local replica of the journal:
 * read it, validate an achievement (an immutable `validation` bound to the digest of the content
 * the teacher read; the gateway recomputes it) and comment on it (the shared `comment` type).
 */
import { openJournal } from '$lib/data/journal-db';
import { createValidation } from '$lib/data/validation.repository';
import { validationId } from '$lib/domain/ids';
import type { Validation } from '$lib/domain/schemas';
import { addComment, type Author } from '$lib/features/teacher/teacher-writes';
import { fileUrl } from './achievement-files';
import { loadPortfolio, type AchievementView, type PortfolioData } from './achievement-views';

export function loadStudentPortfolio(studentId: string): Promise<PortfolioData> {
	return loadPortfolio(openJournal(studentId));
}

/** Throws the schema's ZodError (French) when the validation is not valid. */
export function validateAchievement(
	studentId: string,
	view: AchievementView,
	author: Author,
	comment = ''
): Promise<Validation> {
	const validatedAt = new Date().toISOString();
	return createValidation(openJournal(studentId), {
		_id: validationId(view.achievement._id, validatedAt),
		type: 'validation',
		schemaVersion: 1,
		achievementId: view.achievement._id,
		validatorRole: 'teacher',
		validatorId: author.id,
		validatorName: author.name,
		comment: comment.trim(),
		digest: view.digest,
		validatedAt
	});
}

/** An object URL of an attached file from the teacher's replica (null: not arrived yet). */
export function studentFileUrl(studentId: string, achievementId: string, name: string) {
	return fileUrl(openJournal(studentId), achievementId, name);
}

export function commentAchievement(
	studentId: string,
	achievementId: string,
	text: string,
	author: Author
) {
	return addComment(studentId, achievementId, text, author);
}
