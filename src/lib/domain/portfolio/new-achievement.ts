/**
 * Builds a new achievement document, blank or prefilled from a journal entry (text, activities →
 * competences, photos, date, stage). Confidential content is never copied silently: a
 * confidential entry's text is left out and its confidential photos are not attached; the
 * `warnings` say so, and the page shows them.
 */
import { isPhotoPublic } from '../confidentiality/confidentiality.ts';
import { achievementId } from '../ids.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { competenceIdsForActivities } from './competences.ts';

export interface PrefillEntry {
	_id: string;
	stageId: string;
	date: string;
	text: string;
	activityIds: readonly string[];
	confidential: boolean;
}

export interface PrefillStage {
	_id: string;
	trainingYear: 1 | 2;
	organisation: { name: string };
}

export interface PrefillPhoto {
	_id: string;
	entryId: string;
	confidential: boolean;
	deleted?: boolean;
}

export interface NewAchievementInput {
	now: string;
	today: string;
	/** The student's current year of training (profile), used when no stage says otherwise. */
	trainingYear: 1 | 2;
	rand?: string;
}

export function blankAchievement(input: NewAchievementInput): Achievement {
	return {
		_id: achievementId(input.now, input.rand),
		type: 'achievement',
		schemaVersion: 1,
		title: '',
		context: 'formation',
		organisation: '',
		trainingYear: input.trainingYear,
		startDate: input.today,
		endDate: input.today,
		description: '',
		links: [],
		photoIds: [],
		competenceIds: [],
		situationKinds: [],
		entryIds: [],
		createdAt: input.now,
		updatedAt: input.now
	};
}

export type PrefillWarning = 'confidential-entry' | 'confidential-photos';

export const PREFILL_WARNING_TEXT: Readonly<Record<PrefillWarning, string>> = {
	'confidential-entry':
		'Cette entrée est marquée confidentielle : son texte n’a pas été repris. Décrivez la réalisation sans information confidentielle.',
	'confidential-photos':
		'Les photos confidentielles de cette entrée n’ont pas été jointes : elles ne doivent pas figurer dans le portfolio.'
};

export function achievementFromEntry(
	input: NewAchievementInput & {
		entry: PrefillEntry;
		stage?: PrefillStage;
		photos: readonly PrefillPhoto[];
	}
): { achievement: Achievement; warnings: PrefillWarning[] } {
	const { entry, stage } = input;
	const warnings: PrefillWarning[] = [];
	const photos = input.photos.filter((p) => p.entryId === entry._id && !p.deleted);
	if (entry.confidential) warnings.push('confidential-entry');
	// A photo of a confidential entry is confidential too (domain/confidentiality).
	const kept = photos.filter((p) => isPhotoPublic(p, [entry]));
	if (kept.length < photos.length) warnings.push('confidential-photos');
	const blank = blankAchievement({
		...input,
		trainingYear: stage?.trainingYear ?? input.trainingYear
	});
	return {
		warnings,
		achievement: {
			...blank,
			context: 'stage',
			organisation: stage?.organisation.name ?? '',
			...(stage || entry.stageId ? { stageId: stage?._id ?? entry.stageId } : {}),
			startDate: entry.date,
			endDate: entry.date,
			description: entry.confidential ? '' : entry.text,
			photoIds: kept.map((p) => p._id),
			competenceIds: competenceIdsForActivities(entry.activityIds),
			entryIds: [entry._id]
		}
	};
}
