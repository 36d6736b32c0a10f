/**
 * The kinds of situation a portfolio should contain. Seed 004 (« Parmi les situations
 * professionnelles recensées dans le portefeuille de compétences, on trouvera au moins : »)
 * lists four; `quote` is its exact wording (checked against the seed by the spec), `label` the
 * short name the UI shows on chips.
 */
import type { SituationKind } from '../schemas/achievement.schema.ts';

export interface SituationKindInfo {
	id: SituationKind;
	label: string;
	quote: string;
}

export const SITUATION_KIND_SOURCE = '004_424e4d7cfc7bc6b6.txt';

export const SITUATION_KIND_INFOS: readonly SituationKindInfo[] = [
	{
		id: 'project',
		label: 'Projet d’évolution du SI',
		quote:
			"la participation à un projet d'évolution d'un système d'information débouchant sur la production d'une solution applicative et d'infrastructure portant prioritairement sur le domaine de spécialité du candidat"
	},
	{
		id: 'support',
		label: 'Incidents et demandes d’assistance',
		quote:
			"la prise en charge d'incidents et de demandes d'assistance liés au domaine de spécialité du candidat dans le cadre de la fourniture de services"
	},
	{
		id: 'documentation',
		label: 'Documentation',
		quote:
			"l'élaboration de documents relatifs à la production et à la fourniture de services : compterendu d'activité, documentation technique, documentation utilisateur, rapport d'incident, etc."
	},
	{
		id: 'watch',
		label: 'Veille technologique',
		quote:
			"des productions relatives à la mise en place d'un dispositif de veille technologique et à l'étude d'une technologie, d'un composant, d'un outil ou d'une méthode."
	}
];

/** The seed's wording with typographic apostrophes, as the UI prints it. */
export function situationKindText(info: SituationKindInfo): string {
	return info.quote.replaceAll("'", '’');
}

export function situationKindInfo(id: SituationKind): SituationKindInfo {
	const found = SITUATION_KIND_INFOS.find((info) => info.id === id);
	if (!found) throw new Error(`Type de situation inconnu : ${id}`);
	return found;
}
