/**
 * What an achievement still lacks before it can go into the exam file. The document itself is
 * valid while the student types (autosave); these are reminders, in French, shown on its page.
 */
import { competenceById } from '../referentiel/referentiel.ts';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { competenceOfId } from './competences.ts';

export function achievementProblems(achievement: Achievement): string[] {
	const problems: string[] = [];
	if (!achievement.title.trim()) problems.push('Donnez un intitulé à la réalisation.');
	if (!achievement.description.trim()) problems.push('Décrivez la réalisation.');
	if (achievement.context === 'stage' && !achievement.stageId && !achievement.organisation.trim()) {
		problems.push('Indiquez l’organisation ou le stage où elle a eu lieu.');
	}
	const bloc1 = achievement.competenceIds.filter((id) => competenceOfId(id)?.bloc === '1');
	if (bloc1.length === 0) problems.push('Cochez au moins une compétence du bloc 1.');
	for (const id of bloc1) {
		const competence = competenceById(id);
		if (!competence) continue;
		const hasSub = achievement.competenceIds.some((other) => other.startsWith(`${id}.`));
		if (!hasSub) {
			problems.push(
				`${competence.id} « ${competence.label} » : précisez les sous-compétences mobilisées.`
			);
		}
	}
	return problems;
}
