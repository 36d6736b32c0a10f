/**
 * The tutor's home: for each journal they read, the submitted weeks with their visa state,
 * those waiting for a visa first (submitted and not signed, or modified after the visa).
 */
import type { JournalDb } from '$lib/data/journal-db';
import { listStages } from '$lib/data/stage.repository';
import { listWeeks } from '$lib/data/week.repository';
import { weeksOfStage } from '$lib/domain/calendar/stage-weeks';
import type { WeekVisaState } from '$lib/domain/visa';
import { loadWeekView } from './week-view';

export interface TutorWeekItem {
	journal: string;
	weekId: string;
	studentName: string;
	organisation: string;
	index: number;
	start: string;
	end: string;
	state: WeekVisaState;
	label: string;
	waiting: boolean;
}

const WAITING: readonly WeekVisaState[] = ['submitted', 'modified-after-visa'];

/** Submitted weeks of one journal, newest first. */
export async function listTutorWeeks(
	db: JournalDb,
	journal: string,
	studentName: string
): Promise<TutorWeekItem[]> {
	const [stages, weeks] = await Promise.all([listStages(db), listWeeks(db)]);
	const items: TutorWeekItem[] = [];
	for (const week of weeks) {
		if (week.status !== 'submitted') continue;
		const stage = stages.find((s) => s._id === week.stageId);
		const stageWeek = stage && weeksOfStage(stage).find((w) => w.monday === week.monday);
		const view = stageWeek ? await loadWeekView(db, week._id) : null;
		if (!stage || !stageWeek || !view) continue;
		items.push({
			journal,
			weekId: week._id,
			studentName,
			organisation: stage.organisation.name,
			index: stageWeek.index,
			start: stageWeek.start,
			end: stageWeek.end,
			state: view.status.state,
			label: view.status.label,
			waiting: WAITING.includes(view.status.state)
		});
	}
	return items.sort((a, b) => (a.start < b.start ? 1 : -1));
}
