/**
 * What the portfolio covers so far: the six bloc 1 competences (E4: « Les réalisations
 * professionnelles présentées doivent, dans leur ensemble, mobiliser toutes les compétences du
 * bloc »), their sub-competences, the kinds of situation seed 004 expects, and for each gap the
 * référentiel activities that would fill it. Competence counting is `competenceCoverage`'s (each
 * achievement read as an entry whose activities are those of its competences), not a copy of it.
 */
import {
	competenceCoverage,
	type CompetenceCoverage,
	type MissingCompetence
} from '../coverage/competence-coverage.ts';
import {
	bloc1Competences,
	type Competence,
	type StudentOption
} from '../referentiel/referentiel.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { activityIdsOfCompetences, competenceOfId } from './competences.ts';
import { SITUATION_KIND_INFOS, type SituationKindInfo } from './situation-kinds.ts';

export type CoverageAchievement = Pick<
	Achievement,
	'_id' | 'startDate' | 'competenceIds' | 'situationKinds' | 'deleted'
>;

export interface Bloc1Use {
	competence: Competence;
	mobilised: boolean;
	achievementIds: string[];
	subCompetences: { id: string; label: string; achievementIds: string[] }[];
}

export interface SituationUse {
	kind: SituationKindInfo;
	achievementIds: string[];
	present: boolean;
}

export interface PortfolioCoverage {
	/** Every bloc of the option, as the journal coverage computes it. */
	competences: CompetenceCoverage;
	bloc1: Bloc1Use[];
	/** Bloc 1 competences no achievement mobilises, with the activities that would. */
	missingBloc1: MissingCompetence[];
	/** Bloc 1 sub-competences no achievement ticks (columns of the tableau left empty). */
	missingSubCompetenceIds: string[];
	situations: SituationUse[];
	missingSituations: SituationKindInfo[];
	/** All six bloc 1 competences and all four kinds of situation are present. */
	complete: boolean;
}

/** Never throws; deleted achievements and unknown competence ids are not counted. */
export function portfolioCoverage(input: {
	achievements: readonly CoverageAchievement[];
	option: StudentOption;
}): PortfolioCoverage {
	const live = input.achievements.filter((a) => !a.deleted);
	const competences = competenceCoverage({
		option: input.option,
		entries: live.map((a) => ({
			_id: a._id,
			date: a.startDate,
			activityIds: activityIdsOfCompetences(a.competenceIds)
		}))
	});
	const bloc1 = bloc1Competences().map((competence) => {
		const achievementIds = live
			.filter((a) => a.competenceIds.some((id) => competenceOfId(id)?.id === competence.id))
			.map((a) => a._id);
		return {
			competence,
			mobilised: achievementIds.length > 0,
			achievementIds,
			subCompetences: competence.subCompetences.map((sub) => ({
				...sub,
				achievementIds: live.filter((a) => a.competenceIds.includes(sub.id)).map((a) => a._id)
			}))
		};
	});
	const situations = SITUATION_KIND_INFOS.map((kind) => {
		const achievementIds = live.filter((a) => a.situationKinds.includes(kind.id)).map((a) => a._id);
		return { kind, achievementIds, present: achievementIds.length > 0 };
	});
	const missingSituations = situations.filter((s) => !s.present).map((s) => s.kind);
	return {
		competences,
		bloc1,
		missingBloc1: competences.missingBloc1,
		missingSubCompetenceIds: bloc1.flatMap((use) =>
			use.subCompetences.filter((s) => s.achievementIds.length === 0).map((s) => s.id)
		),
		situations,
		missingSituations,
		complete: competences.bloc1Complete && missingSituations.length === 0
	};
}
