/** French wording of a review for every page that shows one (student, teacher, tutor). */
import { formatDateFr } from '$lib/domain/calendar/dates';
import { competenceById, referentiel } from '$lib/domain/referentiel/referentiel';
import type { Review } from '$lib/domain/schemas';

export const STATUS_LABELS: Record<Review['status'], string> = {
	planned: 'Prévu',
	held: 'Tenu'
};

/** « mardi 16 juin 2026 à 14:00 ». */
export function whenLabel(review: Pick<Review, 'scheduledDate' | 'scheduledTime'>): string {
	const day = formatDateFr(review.scheduledDate);
	return review.scheduledTime
		? `${day} à ${review.scheduledTime.replace(':', '\u00a0h\u00a0')}`
		: day;
}

/** « C1.2 · Répondre aux incidents… », from the référentiel data (never retyped). */
export function competenceLabel(id: string): string {
	const competence = competenceById(id);
	return competence ? `${id} · ${competence.label}` : id;
}

/** The competences a student of this option may work on, in référentiel order. */
export function competencesFor(option: 'SISR' | 'SLAM' | undefined) {
	return referentiel.competences.filter(
		(c) => c.option === 'common' || option === undefined || c.option === option
	);
}
