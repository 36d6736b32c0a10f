/**
 * What a teacher should look at first, from the cells of the dashboard. Kinds are ordered by what
 * costs the most when left alone: a week nobody wrote is lost (memory fades, the report is
 * mandatory), signed content that changed leaves a visa that no longer attests anything, then a
 * request for changes the student ignores, then a tutor who has not signed yet. Within a kind, the
 * oldest situation comes first.
 */
import { daysFr } from '../visa/day-label.ts';
import { dashboardCalendar, type DashboardCalendar } from './calendar-memo.ts';
import type {
	AttentionItem,
	AttentionKind,
	DashboardCell,
	DashboardThresholds
} from './dashboard-types.ts';

const PRIORITY: Record<AttentionKind, number> = {
	'no-entries': 0,
	'modified-after-visa': 1,
	'changes-unanswered': 2,
	unsigned: 3
};

export const DEFAULT_THRESHOLDS: Required<DashboardThresholds> = {
	unsignedDays: 7,
	unansweredDays: 7
};

export interface AttentionContext {
	today: string;
	thresholds?: DashboardThresholds;
	/** Shared by the cells of one dashboard (see `dashboardCalendar`). */
	calendar?: DashboardCalendar;
}

/**
 * The attention item of one cell, or null. Throws a RangeError when `today` or a date of the cell
 * is not a valid date.
 */
export function attentionOf(
	student: { studentId: string; name: string },
	cell: DashboardCell,
	context: AttentionContext
): AttentionItem | null {
	const { today, calendar = dashboardCalendar(today) } = context;
	const thresholds = { ...DEFAULT_THRESHOLDS, ...context.thresholds };
	const week = `semaine du ${calendar.dayLabel(cell.monday)}`;
	// Instants are UTC: their date can be a day off the teacher's, which thresholds in days absorb.
	const daysSince = (instant: string | undefined) =>
		instant ? Math.max(0, calendar.daysUntilToday(instant.slice(0, 10))) : 0;
	const item = (kind: AttentionKind, days: number, message: string): AttentionItem => ({
		kind,
		studentId: student.studentId,
		name: student.name,
		weekId: cell.weekId,
		monday: cell.monday,
		days,
		message
	});
	switch (cell.state) {
		case 'missing': {
			if (cell.end >= today) return null;
			const days = calendar.daysUntilToday(cell.end);
			return item(
				'no-entries',
				days,
				`Aucune entrée pour la ${week} (terminée il y a ${daysFr(days)})`
			);
		}
		case 'submitted': {
			const days = daysSince(cell.since);
			if (days < thresholds.unsignedDays) return null;
			return item(
				'unsigned',
				days,
				`${capitalize(week)} envoyée il y a ${daysFr(days)}, toujours sans visa`
			);
		}
		case 'changes-requested': {
			const days = daysSince(cell.since);
			if (days < thresholds.unansweredDays) return null;
			return item(
				'changes-unanswered',
				days,
				`Modifications demandées sur la ${week} il y a ${daysFr(days)}, sans réponse`
			);
		}
		case 'modified-after-visa':
			return item(
				'modified-after-visa',
				daysSince(cell.since),
				`${capitalize(week)} modifiée après visa : un nouveau visa est nécessaire`
			);
		default:
			return null;
	}
}

/** Most urgent first (see the header); ties by name, then week. Sorts in place and returns it. */
export function sortByUrgency(items: AttentionItem[]): AttentionItem[] {
	return items.sort(
		(a, b) =>
			PRIORITY[a.kind] - PRIORITY[b.kind] ||
			b.days - a.days ||
			a.name.localeCompare(b.name, 'fr') ||
			(a.monday < b.monday ? -1 : a.monday > b.monday ? 1 : 0)
	);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
