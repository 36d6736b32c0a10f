/** The dashboard's filters: class, a state some week of the student is in, « à traiter » only. */
import type { CellState, ClassDashboard, DashboardRow } from '$lib/domain/dashboard';

export interface DashboardFilters {
	className: string;
	state: CellState | '';
	toHandle: boolean;
}

export const NO_FILTERS: DashboardFilters = { className: '', state: '', toHandle: false };

export function filterRows(
	dashboard: ClassDashboard,
	filters: DashboardFilters,
	classOf: (studentId: string) => string
): DashboardRow[] {
	const flagged = new Set(dashboard.attention.map((a) => a.studentId));
	return dashboard.rows.filter(
		(row) =>
			(!filters.className || classOf(row.studentId) === filters.className) &&
			(!filters.state || row.counts[filters.state] > 0) &&
			(!filters.toHandle || flagged.has(row.studentId))
	);
}
