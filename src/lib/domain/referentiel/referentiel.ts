/**
 * Typed, read-only access to the BTS SIO référentiel (`referentiel/*.json`).
 *
 * Guarantees: ids and order are those of the seed text (annexes I.A and I.B of the arrêté);
 * the JSON is validated against `referentiel.schema.ts` and against the seed by the tests, so it
 * is trusted here without parsing (the home page imports this module: no zod at run time).
 * Lookup maps are built on first use.
 */
import activitiesJson from '../../../../referentiel/activities.json' with { type: 'json' };
import competencesJson from '../../../../referentiel/competences.json' with { type: 'json' };
import examJson from '../../../../referentiel/exam.json' with { type: 'json' };
import stageRulesJson from '../../../../referentiel/stage-rules.json' with { type: 'json' };
import type {
	ActivitiesFile,
	Activity,
	Bloc,
	Competence,
	CompetencesFile,
	Exam,
	StageRules,
	StudentOption,
	SubActivity
} from './referentiel.schema.ts';
import type { LabelReader, ReferentielLabels } from './labels.ts';

export type * from './referentiel.schema.ts';

const activitiesFile = activitiesJson as ActivitiesFile;
const competencesFile = competencesJson as CompetencesFile;

export const referentiel = {
	version: activitiesFile.version,
	blocs: activitiesFile.blocs,
	activities: activitiesFile.activities,
	competences: competencesFile.competences,
	stageRules: stageRulesJson as StageRules,
	exam: examJson as Exam
} as const;

let activityIndex: Map<string, Activity> | undefined;
let subActivityIndex: Map<string, { activity: Activity; subActivity: SubActivity }> | undefined;
let competenceIndex: Map<string, Competence> | undefined;

function activities(): Map<string, Activity> {
	activityIndex ??= new Map(referentiel.activities.map((a) => [a.id, a]));
	return activityIndex;
}

/** Whether an activity (or competence) belongs to a student of the given option. */
const fitsOption = (item: { option: string }, option: StudentOption) =>
	item.option === 'common' || item.option === option;

/** The activity with this id (`1.2`, `B2.3`), or undefined. */
export function activityById(id: string): Activity | undefined {
	return activities().get(id);
}

/** The sub-activity with this id (`1.2.3`) and its activity, or undefined. */
export function subActivityById(
	id: string
): { activity: Activity; subActivity: SubActivity } | undefined {
	subActivityIndex ??= new Map(
		referentiel.activities.flatMap((activity) =>
			activity.subActivities.map(
				(subActivity) => [subActivity.id, { activity, subActivity }] as const
			)
		)
	);
	return subActivityIndex.get(id);
}

/** Common activities plus those of the option, in référentiel order. */
export function activitiesForOption(option: StudentOption): Activity[] {
	return referentiel.activities.filter((a) => fitsOption(a, option));
}

/**
 * The blocs a student of this option works in (1, 2A or 2B, 3), each with its activities in
 * référentiel order: what the activity chips of the journal show.
 */
export function blocsForOption(option: StudentOption): { bloc: Bloc; activities: Activity[] }[] {
	const mine = activitiesForOption(option);
	return referentiel.blocs
		.filter((bloc) => fitsOption(bloc, option))
		.map((bloc) => ({ bloc, activities: mine.filter((a) => a.bloc === bloc.id) }));
}

/** The competence with this id (`C1.1`, `CA2.3`), or undefined. */
export function competenceById(id: string): Competence | undefined {
	competenceIndex ??= new Map(referentiel.competences.map((c) => [c.id, c]));
	return competenceIndex.get(id);
}

/** The six competences of bloc 1 (the columns of the E4 tableau de synthèse), in order. */
export function bloc1Competences(): Competence[] {
	return referentiel.competences.filter((c) => c.bloc === '1');
}

/**
 * The competences that correspond to any of these activities, in référentiel order, each once.
 * Sub-activity ids (`1.2.3`) count for their activity; unknown ids are ignored, because entries
 * may carry ids of another référentiel version.
 */
export function competencesForActivities(activityIds: Iterable<string>): Competence[] {
	const wanted = new Set<string>();
	for (const id of activityIds) {
		const activity = activityById(id) ?? subActivityById(id)?.activity;
		if (activity) wanted.add(activity.id);
	}
	return referentiel.competences.filter((c) => c.activityIds.some((id) => wanted.has(id)));
}

/**
 * The labels of these activity and sub-activity ids, and the competences their activities
 * mobilise: what a reader of a journal using them needs, without this module (the gateway sends
 * it with the tutor's journal; see `labels.ts`). Unknown ids are left out.
 */
export function referentielLabelsFor(activityIds: Iterable<string>): ReferentielLabels {
	const table: ReferentielLabels = { labels: {}, activityOf: {}, competences: [] };
	const ids = new Set(activityIds);
	for (const id of ids) {
		const activity = activityById(id);
		const sub = activity ? undefined : subActivityById(id);
		if (activity) table.labels[id] = activity.label;
		if (sub) {
			table.labels[id] = sub.subActivity.label;
			table.activityOf[id] = sub.activity.id;
		}
	}
	table.competences = competencesForActivities(ids).map(({ id, label, activityIds }) => ({
		id,
		label,
		activityIds: [...activityIds]
	}));
	return table;
}

/** The reader over the whole référentiel: it covers every id (unknown ones are answered so). */
export const referentielReader: LabelReader = {
	covers: () => true,
	activityLabel: (id) => activityById(id)?.label ?? subActivityById(id)?.subActivity.label,
	competencesFor: (activityIds) =>
		competencesForActivities(activityIds).map(({ id, label }) => ({ id, label }))
};
