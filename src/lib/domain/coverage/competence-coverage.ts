/**
 * Which competences a student's journal mobilises, computed from the activities ticked on the
 * entries. The correspondence activity → competence is the one the référentiel data states
 * (`competences.json`, `activityIds` of each competence); a sub-activity (`1.2.3`) counts for its
 * activity. Every label comes from the référentiel objects returned, never from this module.
 * Ids unknown to this référentiel version or of the other option are reported, not counted.
 */
import {
	activityById,
	referentiel,
	subActivityById,
	type Activity,
	type Bloc,
	type Competence,
	type StudentOption
} from '../referentiel/referentiel.ts';

export interface CoverageEntry {
	_id: string;
	date: string;
	activityIds: readonly string[];
	deleted?: boolean;
}

export interface CompetenceUse {
	competence: Competence;
	mobilised: boolean;
	/** Entries that mobilise the competence, in date order. */
	entryIds: string[];
	count: number;
	firstDate?: string;
	lastDate?: string;
	/** The ticked ids (activities or sub-activities) that led to it, in référentiel order. */
	activityIds: string[];
}

export interface MissingCompetence {
	competence: Competence;
	/** The référentiel activities that would mobilise it. */
	activities: Activity[];
}

export interface CompetenceCoverage {
	option: StudentOption;
	referentielVersion: string;
	/** Blocs of the option (1, 2A or 2B, 3), each with its competences in référentiel order. */
	blocs: { bloc: Bloc; competences: CompetenceUse[] }[];
	/** The six competences of bloc 1 (the E4 requirement). */
	bloc1: CompetenceUse[];
	missingBloc1: MissingCompetence[];
	bloc1Complete: boolean;
	/** Ticked ids this référentiel does not know, or that belong to the other option. */
	ignoredActivityIds: string[];
}

const fitsOption = (item: { option: string }, option: StudentOption) =>
	item.option === 'common' || item.option === option;

let competencesByActivity: Map<string, Competence[]> | undefined;

/** Competences of an activity id or sub-activity id, as the data states them. */
function competencesOf(id: string): Competence[] {
	if (!competencesByActivity) {
		competencesByActivity = new Map();
		for (const competence of referentiel.competences) {
			for (const activityId of competence.activityIds) {
				const list = competencesByActivity.get(activityId) ?? [];
				list.push(competence);
				competencesByActivity.set(activityId, list);
			}
		}
	}
	const activity = activityById(id) ?? subActivityById(id)?.activity;
	return activity ? (competencesByActivity.get(activity.id) ?? []) : [];
}

const RANK = new Map(
	referentiel.activities.flatMap((a, i) => [
		[a.id, i * 100] as const,
		...a.subActivities.map((s, j) => [s.id, i * 100 + j + 1] as const)
	])
);
/** Référentiel order; ids it does not know come last, in string order. */
const byReferentielOrder = (a: string, b: string) =>
	(RANK.get(a) ?? Infinity) - (RANK.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);

/** Never throws: unknown ids are listed in `ignoredActivityIds`. Deleted entries are skipped. */
export function competenceCoverage(input: {
	entries: readonly CoverageEntry[];
	option: StudentOption;
}): CompetenceCoverage {
	const { option } = input;
	const uses = new Map<string, CompetenceUse>();
	for (const competence of referentiel.competences) {
		if (!fitsOption(competence, option)) continue;
		uses.set(competence.id, {
			competence,
			mobilised: false,
			entryIds: [],
			count: 0,
			activityIds: []
		});
	}
	const ignored = new Set<string>();
	const entries = input.entries
		.filter((e) => !e.deleted)
		.sort((a, b) => (a.date === b.date ? (a._id < b._id ? -1 : 1) : a.date < b.date ? -1 : 1));
	for (const entry of entries) {
		for (const activityId of entry.activityIds) {
			const found = competencesOf(activityId).map((c) => uses.get(c.id));
			if (found.length === 0 || found.some((use) => !use)) ignored.add(activityId);
			for (const use of found) if (use) record(use, entry, activityId);
		}
	}
	const all = [...uses.values()];
	for (const use of all) use.activityIds.sort(byReferentielOrder);
	const bloc1 = all.filter((use) => use.competence.bloc === '1');
	const missingBloc1 = bloc1
		.filter((use) => !use.mobilised)
		.map(({ competence }) => ({
			competence,
			activities: competence.activityIds
				.map((id) => activityById(id))
				.filter((a): a is Activity => a !== undefined)
		}));
	return {
		option,
		referentielVersion: referentiel.version,
		blocs: referentiel.blocs
			.filter((bloc) => fitsOption(bloc, option))
			.map((bloc) => ({ bloc, competences: all.filter((use) => use.competence.bloc === bloc.id) })),
		bloc1,
		missingBloc1,
		bloc1Complete: missingBloc1.length === 0,
		ignoredActivityIds: [...ignored].sort(byReferentielOrder)
	};
}

/** Entries arrive in date order, so the first one seen is the first date. */
function record(use: CompetenceUse, entry: CoverageEntry, activityId: string): void {
	if (use.entryIds[use.entryIds.length - 1] !== entry._id) {
		use.entryIds.push(entry._id);
		use.count += 1;
		use.firstDate ??= entry.date;
		use.lastDate = entry.date;
		use.mobilised = true;
	}
	if (!use.activityIds.includes(activityId)) use.activityIds.push(activityId);
}
