/**
 * The tutor's home: for each journal they read, the submitted weeks with their visa state,
 * those waiting for a visa first (submitted and not signed, or modified after the visa). Pure:
 * built from documents in memory (the token exchange's, or the replica's).
 */
import { weeksOfStage } from '$lib/domain/calendar/stage-weeks';
import type { WeekVisaState } from '$lib/domain/visa';
import { weekViewFrom, type JournalDocs } from './week-model';

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
export async function tutorWeeksFrom(
	docs: JournalDocs,
	journal: string,
	studentName: string
): Promise<TutorWeekItem[]> {
	const items: TutorWeekItem[] = [];
	for (const week of docs.weeks) {
		if (week.status !== 'submitted') continue;
		const stage = docs.stages.find((s) => s._id === week.stageId);
		const stageWeek = stage && weeksOfStage(stage).find((w) => w.monday === week.monday);
		const view = stageWeek ? await weekViewFrom(docs, week._id) : null;
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
