/** Competence coverage of the followed class, from the dashboard's journal summaries. */
import type { JournalSummary } from '$lib/domain/dashboard';
import { classCoverage, competenceCoverage, type ClassCoverage } from '$lib/domain/coverage';

export function coverageOfClass(summaries: readonly JournalSummary[]): ClassCoverage {
	return classCoverage(
		summaries.map((s) => ({
			studentId: s.studentId,
			coverage: competenceCoverage({ entries: s.entries, option: s.option ?? 'SISR' })
		}))
	);
}
