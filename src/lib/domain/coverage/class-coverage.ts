/**
 * Competence coverage of a class: for each competence, how many of the students concerned (the
 * common ones concern everybody, option ones only the students of that option) have mobilised it.
 * Built from each student's `competenceCoverage`, so a page that already shows them does not
 * compute them twice.
 */
import { referentiel, type Competence } from '../referentiel/referentiel.ts';
import type { CompetenceCoverage } from './competence-coverage.ts';

export interface ClassCompetence {
	competence: Competence;
	/** Students whose option includes this competence. */
	concerned: number;
	mobilisedBy: number;
	/** Share of the students concerned, 0–1 (0 when nobody is concerned). */
	ratio: number;
	studentIds: string[];
	missingStudentIds: string[];
}

export interface ClassCoverage {
	students: number;
	/** Competences of the options present in the class, in référentiel order. */
	competences: ClassCompetence[];
	/** Students who mobilised all six bloc 1 competences. */
	bloc1CompleteStudentIds: string[];
}

/** Never throws. Students keep the order they are given in. */
export function classCoverage(
	students: readonly { studentId: string; coverage: CompetenceCoverage }[]
): ClassCoverage {
	const rows = new Map<string, ClassCompetence>();
	for (const { studentId, coverage } of students) {
		for (const { competences } of coverage.blocs) {
			for (const use of competences) {
				const id = use.competence.id;
				const row = rows.get(id) ?? {
					competence: use.competence,
					concerned: 0,
					mobilisedBy: 0,
					ratio: 0,
					studentIds: [],
					missingStudentIds: []
				};
				row.concerned += 1;
				if (use.mobilised) {
					row.mobilisedBy += 1;
					row.studentIds.push(studentId);
				} else {
					row.missingStudentIds.push(studentId);
				}
				rows.set(id, row);
			}
		}
	}
	const competences = referentiel.competences
		.map((c) => rows.get(c.id))
		.filter((row): row is ClassCompetence => row !== undefined);
	for (const row of competences) row.ratio = row.mobilisedBy / row.concerned;
	return {
		students: students.length,
		competences,
		bloc1CompleteStudentIds: students
			.filter((s) => s.coverage.bloc1Complete)
			.map((s) => s.studentId)
	};
}
