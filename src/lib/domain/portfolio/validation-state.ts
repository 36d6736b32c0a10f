/**
 * Where an achievement stands with its teacher: validations are immutable and accumulate; the
 * newest (by `validatedAt`, then `_id`) counts. It is bound to a digest of the content, so an edit
 * made afterwards shows as « modifié après validation » until a teacher validates again.
 */
export interface ValidationStateInput {
	_id: string;
	achievementId: string;
	digest: string;
	validatedAt: string;
	validatorName: string;
}

export const ACHIEVEMENT_VALIDATION_STATES = ['none', 'validated', 'modified'] as const;
export type AchievementValidationState = (typeof ACHIEVEMENT_VALIDATION_STATES)[number];

export const ACHIEVEMENT_VALIDATION_LABELS: Readonly<Record<AchievementValidationState, string>> = {
	none: 'Pas encore validée',
	validated: 'Validée par l’enseignant·e',
	modified: 'Modifiée après validation'
};

export function achievementValidationState<V extends ValidationStateInput>(
	achievementId: string,
	currentDigest: string,
	validations: readonly V[]
): { state: AchievementValidationState; latest?: V } {
	const latest = validations
		.filter((v) => v.achievementId === achievementId)
		.sort((a, b) =>
			a.validatedAt === b.validatedAt
				? a._id < b._id
					? -1
					: 1
				: a.validatedAt < b.validatedAt
					? -1
					: 1
		)
		.at(-1);
	if (!latest) return { state: 'none' };
	return { state: latest.digest === currentDigest ? 'validated' : 'modified', latest };
}
