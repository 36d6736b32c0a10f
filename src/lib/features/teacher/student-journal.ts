/**
 * One student's journal as the teacher reads it: stages, then weeks with their visa state (the
 * same cells as the class dashboard), the entries, photos and comments of each week, and the
 * competence coverage of the whole journal.
 */
import { addDays } from '$lib/domain/calendar/dates';
import { competenceCoverage, type CompetenceCoverage } from '$lib/domain/coverage';
import {
	currentWeekDigests,
	layoutClassDashboard,
	type DashboardCell
} from '$lib/domain/dashboard';
import type { Comment, Entry, Photo, Stage, Visa, Week } from '$lib/domain/schemas';
import { latestVisa } from '$lib/domain/visa';
import { readJournal, type JournalSnapshot } from './journal-snapshot';

export interface WeekView {
	cell: DashboardCell;
	report: Week | undefined;
	entries: Entry[];
	photos: Map<string, Photo[]>;
	comments: Comment[];
	tutorVisa: Visa | null;
	teacherVisa: Visa | null;
	/** The tutor signed the current content and the teacher has not countersigned it yet. */
	canCountersign: boolean;
	/** Sent or signed, not yet answered: the teacher may ask the student for changes. */
	canRequestChanges: boolean;
}

export interface StudentJournalView {
	stages: { stage: Stage; weeks: WeekView[] }[];
	coverage: CompetenceCoverage;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) => {
	const map = new Map<string, T[]>();
	for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
	return map;
};

/** Throws what `layoutClassDashboard` throws on invalid dates (the schemas rule them out). */
export async function studentJournalView(
	snapshot: JournalSnapshot,
	today: string
): Promise<StudentJournalView> {
	const digests = await currentWeekDigests(snapshot);
	const [row] = layoutClassDashboard({ today, students: [{ ...snapshot, digests }] }).rows;
	const cells = byKey(row?.cells ?? [], (c) => c.stageId);
	const visas = byKey(snapshot.visas, (v) => v.weekId);
	const photos = byKey(snapshot.photos, (p) => p.entryId);
	const comments = byKey(
		[...snapshot.comments].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
		(c) => c.targetId
	);
	const stages = [...snapshot.stages].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
	return {
		stages: stages.map((stage) => ({
			stage,
			weeks: (cells.get(stage._id) ?? []).map((cell) => {
				const entries = snapshot.entries
					.filter(
						(e) =>
							e.stageId === stage._id && e.date >= cell.monday && e.date <= addDays(cell.monday, 6)
					)
					.sort((a, b) => (a.date < b.date ? -1 : 1));
				const weekVisas = visas.get(cell.weekId) ?? [];
				return {
					cell,
					report: snapshot.weeks.find((w) => w._id === cell.weekId),
					entries,
					photos: new Map(entries.map((e) => [e._id, photos.get(e._id) ?? []])),
					comments: [cell.weekId, ...entries.map((e) => e._id)].flatMap(
						(id) => comments.get(id) ?? []
					),
					tutorVisa: latestVisa(weekVisas, 'tutor'),
					teacherVisa: latestVisa(weekVisas, 'teacher'),
					canCountersign: cell.state === 'signed',
					canRequestChanges: cell.state === 'submitted' || cell.state === 'signed'
				};
			})
		})),
		coverage: competenceCoverage({
			entries: snapshot.entries,
			option: snapshot.profile?.option ?? 'SISR'
		})
	};
}

/** Reads one student's journal from the local replica and lays it out. */
export async function openStudentJournal(
	ref: { studentId: string; name: string },
	today: string
): Promise<{ snapshot: JournalSnapshot; view: StudentJournalView }> {
	const snapshot = await readJournal(ref.studentId, ref.name);
	return { snapshot, view: await studentJournalView(snapshot, today) };
}
