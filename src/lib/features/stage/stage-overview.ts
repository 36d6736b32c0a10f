/** The stages of the journal with their weeks and the référentiel's duration rules checked. */
import type { JournalDb } from '$lib/data/journal-db';
import { getStage, listStages } from '$lib/data/stage.repository';
import { listWeeks } from '$lib/data/week.repository';
import { weeksOfStage, type StageWeek } from '$lib/domain/calendar/stage-weeks';
import { weekId } from '$lib/domain/ids';
import type { Stage } from '$lib/domain/schemas/stage.schema';
import type { Week } from '$lib/domain/schemas/week.schema';
import { checkStageDurations, type DurationReport } from '$lib/domain/stage-rules/stage-durations';
import { stageRules } from './stage-rules';

export async function stagesOverview(
	db: JournalDb
): Promise<{ stages: Stage[]; durations: DurationReport }> {
	const stages = await listStages(db);
	return { stages, durations: checkStageDurations(stages, stageRules()) };
}

export interface StageDetail {
	stage: Stage;
	weeks: { week: StageWeek; report: Week | null }[];
}

export async function stageDetail(db: JournalDb, id: string): Promise<StageDetail | null> {
	const stage = await getStage(db, id);
	if (!stage) return null;
	const reports = new Map((await listWeeks(db)).map((w) => [w._id, w]));
	return {
		stage,
		weeks: weeksOfStage(stage).map((week) => ({
			week,
			report: reports.get(weekId(week.monday, stage._id)) ?? null
		}))
	};
}

export function getStageForEdit(db: JournalDb, id: string): Promise<Stage | null> {
	return getStage(db, id);
}
