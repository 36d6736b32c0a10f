/**
 * Competence ids ticked on achievements, read against the référentiel data. Bloc 1 is ticked per
 * sub-competence (`C1.1.5`: the columns of the tableau de synthèse); a bare competence id
 * (`C1.2`, what a journal activity gives) still mobilises the competence but ticks no column.
 * Sub-activity `1.x.y` and sub-competence `C1.x.y` share their rank in the référentiel.
 */
import {
	activityById,
	competenceById,
	referentiel,
	subActivityById,
	type Competence
} from '../referentiel/referentiel.ts';

/** The competence an id names (`C1.2` or `C1.2.3` → C1.2), or undefined when unknown. */
export function competenceOfId(id: string): Competence | undefined {
	const direct = competenceById(id);
	if (direct) return direct;
	const parent = competenceById(id.slice(0, id.lastIndexOf('.')));
	return parent?.subCompetences.some((s) => s.id === id) ? parent : undefined;
}

/** The activity ids behind competence ids (for `competenceCoverage`), each once. */
export function activityIdsOfCompetences(ids: readonly string[]): string[] {
	const out = new Set<string>();
	for (const id of ids) for (const a of competenceOfId(id)?.activityIds ?? []) out.add(a);
	return [...out];
}

/**
 * Competence ids suggested by journal activities: a sub-activity gives its sub-competence, an
 * activity its competence. Unknown ids are skipped. Référentiel order, each once.
 */
export function competenceIdsForActivities(activityIds: readonly string[]): string[] {
	const out = new Set<string>();
	for (const id of activityIds) {
		const sub = subActivityById(id);
		if (sub) {
			const competence = competenceById(`C${sub.activity.id}`);
			const subCompetence = competence?.subCompetences.find((s) => s.id === `C${id}`);
			const found = subCompetence?.id ?? competence?.id;
			if (found) out.add(found);
			continue;
		}
		if (activityById(id) && competenceById(`C${id}`)) out.add(`C${id}`);
	}
	return sortCompetenceIds([...out]);
}

const RANK = new Map(
	referentiel.competences.flatMap((c, i) => [
		[c.id, i * 100] as const,
		...c.subCompetences.map((s, j) => [s.id, i * 100 + j + 1] as const)
	])
);

/** Référentiel order; unknown ids last. */
export function sortCompetenceIds(ids: readonly string[]): string[] {
	return [...ids].sort(
		(a, b) => (RANK.get(a) ?? Infinity) - (RANK.get(b) ?? Infinity) || (a < b ? -1 : 1)
	);
}

/** Bloc 1 sub-competence ids ticked, in référentiel order (the X of the tableau). */
export function bloc1SubCompetenceIds(ids: readonly string[]): string[] {
	return sortCompetenceIds(
		ids.filter((id) => competenceOfId(id)?.bloc === '1' && competenceById(id) === undefined)
	);
}
