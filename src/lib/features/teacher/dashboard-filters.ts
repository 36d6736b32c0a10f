/** The dashboard's filters: class, a state some week of the student is in, « à traiter » only. */
import type { CellState, ClassDashboard, DashboardRow } from '$lib/domain/dashboard';
import type { TeacherClass } from './teacher-classes';

export interface DashboardFilters {
	/** Id of one of the teacher's classes (`GET /api/classes/mine`), or '' for all. */
	classId: string;
	state: CellState | '';
	toHandle: boolean;
}

export const NO_FILTERS: DashboardFilters = { classId: '', state: '', toHandle: false };

export function filterRows(
	dashboard: ClassDashboard,
	filters: DashboardFilters,
	classes: readonly TeacherClass[]
): DashboardRow[] {
	const flagged = new Set(dashboard.attention.map((a) => a.studentId));
	const inClass = filters.classId
		? new Set(classes.find((c) => c.id === filters.classId)?.studentIds ?? [])
		: null;
	return dashboard.rows.filter(
		(row) =>
			(!inClass || inClass.has(row.studentId)) &&
			(!filters.state || row.counts[filters.state] > 0) &&
			(!filters.toHandle || flagged.has(row.studentId))
	);
}
