/**
 * From the journal's documents to the tableau de synthèse input: the portfolio's rows
 * (`domain/portfolio/synthesis.ts`), with every photo a jury must not see removed first
 * (`domain/confidentiality/`: confidential photos and photos of confidential entries), and the
 * header fields of the student's profile (session defaulting to the end of the second year).
 */
import { forJury, type Flagged, type FlaggedPhoto } from '../confidentiality/confidentiality.ts';
import {
	synthesisRows,
	type SynthesisGroup,
	type SynthesisPhoto,
	type SynthesisStage
} from '../portfolio/synthesis.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { defaultSessionYear, type SyntheseGroupId, type SyntheseInput } from './synthese.ts';

const GROUPS: Record<SynthesisGroup, SyntheseGroupId> = {
	formation: 'training',
	'stage-year-1': 'workplace-year-1',
	'stage-year-2': 'workplace-year-2'
};

export interface SyntheseProfile {
	firstName: string;
	lastName: string;
	option: 'SISR' | 'SLAM';
	trainingYear: 1 | 2;
	candidateNumber?: string | undefined;
	trainingCentre?: string | undefined;
	sessionYear?: number | undefined;
	portfolioUrl?: string | undefined;
}

export interface SyntheseSources {
	profile: SyntheseProfile;
	achievements: readonly Achievement[];
	stages: readonly SynthesisStage[];
	entries: readonly Flagged[];
	photos: readonly (SynthesisPhoto & FlaggedPhoto)[];
	/** YYYY-MM-DD, for the default session year. */
	today: string;
	now?: Date;
}

export function syntheseInputFrom(sources: SyntheseSources): SyntheseInput {
	const { profile } = sources;
	const byId = new Map(sources.achievements.map((a) => [a._id, a]));
	const photos = forJury(sources.entries, sources.photos).photos;
	const rows = synthesisRows(sources.achievements, {
		stages: sources.stages.filter((s) => !s.deleted),
		photos
	});
	return {
		student: { firstName: profile.firstName, lastName: profile.lastName, option: profile.option },
		candidateNumber: profile.candidateNumber,
		trainingCentre: profile.trainingCentre,
		portfolioUrl: profile.portfolioUrl,
		sessionYear: profile.sessionYear ?? defaultSessionYear(profile.trainingYear, sources.today),
		rows: rows.map((row) => ({
			title: row.title,
			organisation: row.organisation,
			documents: row.productions,
			startDate: row.startDate,
			endDate: row.endDate,
			group: GROUPS[row.group],
			// All of them: a bloc 1 competence without sub-competence is reported by the model.
			competenceIds: byId.get(row.achievementId)?.competenceIds ?? row.subCompetenceIds
		})),
		...(sources.now ? { now: sources.now } : {})
	};
}
