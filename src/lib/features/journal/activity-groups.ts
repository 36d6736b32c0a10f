/** The référentiel activities offered as chips: the student's option only, grouped by bloc. */
import { referentiel } from '$lib/domain/referentiel/referentiel';
export interface ActivityChoice {
	id: string;
	label: string;
}

export interface ActivityGroup {
	bloc: string;
	label: string;
	activities: ActivityChoice[];
}

/** Case- and accent-insensitive filter on id or label; empty groups are dropped. */
export function filterGroups(groups: ActivityGroup[], query: string): ActivityGroup[] {
	const q = fold(query.trim());
	if (!q) return groups;
	return groups
		.map((g) => ({
			...g,
			activities: g.activities.filter((a) => fold(`${a.id} ${a.label}`).includes(q))
		}))
		.filter((g) => g.activities.length > 0);
}

function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

interface ReferentielData {
	blocs: { id: string; number: number; label: string }[];
	activities: { id: string; bloc: string; option: string; label: string }[];
}

/**
 * Common activities plus those of the student's option (both when the option is not known yet),
 * in référentiel order, one group per bloc. Labels come from the référentiel data.
 */
export function activityGroupsFor(
	option: 'SISR' | 'SLAM' | null,
	data: ReferentielData = referentiel
): ActivityGroup[] {
	const fits = (o: string) => o === 'common' || option === null || o === option;
	return data.blocs
		.map((bloc) => ({
			bloc: bloc.id,
			label: `Bloc ${bloc.number} — ${bloc.label}`,
			activities: data.activities
				.filter((a) => a.bloc === bloc.id && fits(a.option))
				.map((a) => ({ id: a.id, label: a.label }))
		}))
		.filter((group) => group.activities.length > 0);
}
