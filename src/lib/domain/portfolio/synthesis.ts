/**
 * One row of the E4 tableau de synthèse per achievement: what the table (PDF and spreadsheet,
 * built by the `exports` work) prints. The three groups are those of the official model:
 * réalisations en cours de formation, en milieu professionnel en première année, en seconde année.
 * Confidential photos (or photos of a confidential entry, `domain/confidentiality`) are never
 * listed among the productions; deleted achievements give no row.
 */
import { isPhotoPublic, type Flagged } from '../confidentiality/confidentiality.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { bloc1SubCompetenceIds } from './competences.ts';

export const SYNTHESIS_GROUPS = ['formation', 'stage-year-1', 'stage-year-2'] as const;
export type SynthesisGroup = (typeof SYNTHESIS_GROUPS)[number];

export interface SynthesisStage {
	_id: string;
	trainingYear: 1 | 2;
	organisation: { name: string };
	deleted?: boolean;
}

export interface SynthesisPhoto {
	_id: string;
	entryId: string;
	caption: string;
	confidential: boolean;
	deleted?: boolean;
}

export interface SynthesisContext {
	stages: readonly SynthesisStage[];
	photos?: readonly SynthesisPhoto[];
	/** Entries of those photos: a photo of a confidential entry is confidential too. */
	entries?: readonly Flagged[];
}

export interface SynthesisRow {
	achievementId: string;
	group: SynthesisGroup;
	title: string;
	/** Organisation of the achievement, else of its stage ('' when neither is known). */
	organisation: string;
	/** Documents and productions: link labels (or addresses), attached file names, photo captions. */
	productions: string[];
	startDate: string;
	endDate: string;
	/** Bloc 1 sub-competence ids ticked (`C1.1.5`), in référentiel order. */
	subCompetenceIds: string[];
}

/** The group of an achievement: a linked stage's trainingYear wins over the achievement's own. */
export function synthesisGroupOf(
	achievement: Pick<Achievement, 'context' | 'stageId' | 'trainingYear'>,
	stages: readonly SynthesisStage[]
): SynthesisGroup {
	if (achievement.context === 'formation') return 'formation';
	const stage = stages.find((s) => s._id === achievement.stageId);
	return (stage?.trainingYear ?? achievement.trainingYear) === 1 ? 'stage-year-1' : 'stage-year-2';
}

/** Never throws; photos that are unknown, deleted or confidential are left out. */
export function synthesisRowOf(achievement: Achievement, context: SynthesisContext): SynthesisRow {
	const stage = context.stages.find((s) => s._id === achievement.stageId);
	const photos = new Map((context.photos ?? []).map((p) => [p._id, p]));
	const entries = context.entries ?? [];
	const photoLabels = achievement.photoIds.flatMap((id) => {
		const photo = photos.get(id);
		if (!photo || !isPhotoPublic(photo, entries)) return [];
		return [`Photo : ${photo.caption.trim() || 'sans légende'}`];
	});
	return {
		achievementId: achievement._id,
		group: synthesisGroupOf(achievement, context.stages),
		title: achievement.title.trim(),
		organisation: achievement.organisation.trim() || stage?.organisation.name || '',
		productions: [
			...achievement.links.map((link) => link.label.trim() || link.url),
			...Object.keys(achievement._attachments ?? {})
				.sort()
				.map((name) => `Document : ${name}`),
			...photoLabels
		],
		startDate: achievement.startDate,
		endDate: achievement.endDate,
		subCompetenceIds: bloc1SubCompetenceIds(achievement.competenceIds)
	};
}

/** Rows of every live achievement, grouped in the model's order, each group by start date. */
export function synthesisRows(
	achievements: readonly Achievement[],
	context: SynthesisContext
): SynthesisRow[] {
	const rank = (row: SynthesisRow) => SYNTHESIS_GROUPS.indexOf(row.group);
	return achievements
		.filter((a) => !a.deleted)
		.map((a) => synthesisRowOf(a, context))
		.sort(
			(a, b) =>
				rank(a) - rank(b) ||
				(a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0) ||
				(a.achievementId < b.achievementId ? -1 : 1)
		);
}
