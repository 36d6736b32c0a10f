/** What the home page shows: the current stage and week, its entries and the report's status. */
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { getProfile } from '$lib/data/profile.repository';
import { listStages } from '$lib/data/stage.repository';
import { getWeek } from '$lib/data/week.repository';
import { addDays, todayLocal } from '$lib/domain/calendar/dates';
import { weekOfDate, weeksOfStage, type StageWeek } from '$lib/domain/calendar/stage-weeks';
import { weekId } from '$lib/domain/ids';
import type { Entry } from '$lib/domain/schemas/entry.schema';
import type { Profile } from '$lib/domain/schemas/profile.schema';
import type { Stage } from '$lib/domain/schemas/stage.schema';
import type { Week } from '$lib/domain/schemas/week.schema';
import type { WeekReportStatus } from '$lib/domain/week-report/week-report';
import { stageForDate } from '$lib/features/journal/today-entry';

export interface HomeSummary {
	today: string;
	profile: Profile | null;
	stage: Stage | null;
	weeks: StageWeek[];
	/** The week of the stage shown: today's, or the nearest one when today is outside the stage. */
	week: StageWeek | null;
	report: Week | null;
	/** Draft, sent, or changed since it was sent (the digest no longer matches). */
	weekStatus: WeekReportStatus;
	weekEntries: Entry[];
	todayEntry: Entry | null;
	/** Working days of the stage already reached, over all of them. */
	progress: { done: number; total: number };
}

export async function homeSummary(db: JournalDb, today = todayLocal()): Promise<HomeSummary> {
	const [profile, stages] = await Promise.all([getProfile(db), listStages(db)]);
	const stage = stageForDate(stages, today) ?? null;
	const weeks = stage ? weeksOfStage(stage) : [];
	const week = stage ? (weekOfDate(stage, today) ?? nearestWeek(weeks, today)) : null;
	const [report, weekEntries] = await Promise.all([
		stage && week ? getWeek(db, weekId(week.monday, stage._id)) : null,
		week ? listEntries(db, { from: week.monday, to: addDays(week.monday, 6) }) : []
	]);
	const days = weeks.flatMap((w) => w.workingDays);
	const ofStage = weekEntries.filter((e) => e.stageId === stage?._id);
	const weekStatus =
		stage && week && report?.status === 'submitted'
			? await submittedStatus(db, { stage, monday: week.monday, week: report, entries: ofStage })
			: 'draft';
	return {
		today,
		profile,
		stage,
		weeks,
		week,
		report,
		weekStatus,
		weekEntries: ofStage,
		todayEntry: weekEntries.find((e) => e.date === today) ?? null,
		progress: { done: days.filter((d) => d <= today).length, total: days.length }
	};
}

/**
 * Sent, or changed since it was sent (the week's digest no longer matches). Only a sent week
 * needs the digest and its photos: loaded then, so a draft week's home page does without them.
 */
async function submittedStatus(
	db: JournalDb,
	input: { stage: Stage; monday: string; week: Week; entries: Entry[] }
): Promise<WeekReportStatus> {
	const [{ buildWeekReport }, { listPhotos }] = await Promise.all([
		import('$lib/domain/week-report/week-report'),
		import('$lib/data/photo.repository')
	]);
	const photos = await listPhotos(db, { stageId: input.stage._id });
	return (await buildWeekReport({ ...input, photos })).status;
}

function nearestWeek(weeks: StageWeek[], today: string): StageWeek | null {
	if (!weeks.length) return null;
	return today < weeks[0]!.start ? weeks[0]! : weeks.at(-1)!;
}
