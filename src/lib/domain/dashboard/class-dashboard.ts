/**
 * The teacher's view of a class: one row per student, one cell per week of their stages, with the
 * visa state of each week, counters per state and the list of what needs attention. The layout is
 * synchronous and linear in the number of documents (each student's documents are grouped by week
 * once); the only costly part, hashing the weeks that carry visas, is done before by
 * `currentWeekDigests`, which `buildClassDashboard` calls for the students that lack digests.
 */
import { randOf } from '../ids.ts';
import {
	weekVisaState,
	WEEK_VISA_STATE_LABELS,
	WEEK_VISA_STATES
} from '../visa/week-visa-state.ts';
import { attentionOf, DEFAULT_THRESHOLDS, sortByUrgency } from './attention.ts';
import { dashboardCalendar, type DashboardCalendar } from './calendar-memo.ts';
import type {
	AttentionItem,
	CellState,
	ClassDashboard,
	ClassDashboardInput,
	DashboardCell,
	DashboardVisa,
	LayoutStudent,
	StateCounts
} from './dashboard-types.ts';
import { currentWeekDigests } from './week-digests.ts';

export const CELL_STATE_LABELS: Readonly<Record<CellState, string>> = {
	...WEEK_VISA_STATE_LABELS,
	future: 'À venir'
};

const emptyCounts = (): StateCounts =>
	Object.fromEntries([...WEEK_VISA_STATES, 'future'].map((s) => [s, 0])) as StateCounts;

/**
 * Computes the missing digests (see `currentWeekDigests`), then lays the dashboard out. Throws what
 * `currentWeekDigests` and `layoutClassDashboard` throw.
 */
export async function buildClassDashboard(input: ClassDashboardInput): Promise<ClassDashboard> {
	const students = await Promise.all(
		input.students.map(async (s) =>
			s.digests ? s : { ...s, digests: await currentWeekDigests(s) }
		)
	);
	return layoutClassDashboard({ ...input, students });
}

/**
 * The dashboard from students whose `digests` are known. Throws a RangeError when a week with
 * visas has no digest (compute it with `currentWeekDigests`) or when a stage or entry carries an
 * invalid date, and an Error when a stage id has no random suffix.
 */
export function layoutClassDashboard(input: ClassDashboardInput<LayoutStudent>): ClassDashboard {
	const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
	const calendar = dashboardCalendar(input.today);
	const counts = emptyCounts();
	const attention: AttentionItem[] = [];
	const rows = input.students.map((student) => {
		const cells = cellsOf(student, input.today, calendar);
		const rowCounts = emptyCounts();
		for (const cell of cells) {
			rowCounts[cell.state] += 1;
			counts[cell.state] += 1;
			const item = attentionOf(student, cell, { today: input.today, thresholds, calendar });
			if (item) attention.push(item);
		}
		return { studentId: student.studentId, name: student.name, cells, counts: rowCounts };
	});
	return { today: input.today, rows, counts, attention: sortByUrgency(attention) };
}

/** `weekId` without re-parsing the stage id for every week and entry. */
const weekIdOf = (monday: string, rand: string) => `week:${monday}:${rand}`;

function cellsOf(
	student: LayoutStudent,
	today: string,
	calendar: DashboardCalendar
): DashboardCell[] {
	const rands = new Map(student.stages.map((s) => [s._id, randOf(s._id)]));
	const entries = new Map<string, { count: number; minutes: number }>();
	for (const entry of student.entries) {
		const rand = rands.get(entry.stageId);
		// Entries of a stage the student no longer has show in no cell.
		if (entry.deleted || rand === undefined) continue;
		const id = weekIdOf(calendar.mondayOf(entry.date), rand);
		const sum = entries.get(id) ?? { count: 0, minutes: 0 };
		sum.count += 1;
		sum.minutes += entry.minutes;
		entries.set(id, sum);
	}
	const visas = new Map<string, DashboardVisa[]>();
	for (const visa of student.visas) {
		const list = visas.get(visa.weekId) ?? [];
		list.push(visa);
		visas.set(visa.weekId, list);
	}
	const weeks = new Map(student.weeks.map((w) => [w._id, w]));
	const stages = student.stages
		.filter((s) => !s.deleted)
		.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));

	return stages.flatMap((stage) =>
		calendar.weeksOfStage(stage).map((stageWeek): DashboardCell => {
			const id = weekIdOf(stageWeek.monday, rands.get(stage._id) ?? randOf(stage._id));
			const written = entries.get(id) ?? { count: 0, minutes: 0 };
			const base = {
				weekId: id,
				stageId: stage._id,
				monday: stageWeek.monday,
				start: stageWeek.start,
				end: stageWeek.end,
				index: stageWeek.index,
				entryCount: written.count,
				minutes: written.minutes
			};
			if (stageWeek.start > today)
				return { ...base, state: 'future', label: CELL_STATE_LABELS.future };
			const weekVisas = visas.get(id) ?? [];
			const currentDigest = student.digests?.get(id);
			if (weekVisas.length > 0 && currentDigest === undefined) {
				throw new RangeError(`Empreinte manquante pour ${id} (${student.studentId}).`);
			}
			const status = weekVisaState({
				week: weeks.get(id),
				visas: weekVisas,
				currentDigest: currentDigest ?? '',
				entryCount: written.count
			});
			// A started week with nothing written is missing, even if its report was opened.
			const state: CellState =
				written.count === 0 && status.state === 'draft' ? 'missing' : status.state;
			return {
				...base,
				state,
				label: CELL_STATE_LABELS[state],
				...(status.since ? { since: status.since } : {}),
				...(status.currentVisa ? { visaId: status.currentVisa._id } : {})
			};
		})
	);
}
