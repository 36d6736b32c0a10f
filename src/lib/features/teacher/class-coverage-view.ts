/** Competence coverage of the followed class, from the same snapshots as the dashboard. */
import { classCoverage, competenceCoverage, type ClassCoverage } from '$lib/domain/coverage';
import type { JournalSnapshot } from './journal-snapshot';

export function coverageOfClass(snapshots: readonly JournalSnapshot[]): ClassCoverage {
	return classCoverage(
		snapshots.map((s) => ({
			studentId: s.studentId,
			coverage: competenceCoverage({ entries: s.entries, option: s.profile?.option ?? 'SISR' })
		}))
	);
}
