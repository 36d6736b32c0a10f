/**
 * The model of one weekly report, shared by the week page, the tutor's visa page and the PDF
 * renderer: the days of the week with their entries and photos, totals, the référentiel
 * activities covered (ids only; labels are looked up by the caller) and the status, including
 * « modified after submit » when the content no longer matches the digest that was sent.
 */
import { addDays, dateRange, isWeekend } from '../calendar/dates.ts';
import { weeksOfStage } from '../calendar/stage-weeks.ts';
import {
	weekContent,
	weekDigest,
	type DigestEntry,
	type DigestPhoto
} from '../digest/week-digest.ts';
import { weekId } from '../ids.ts';

export interface ReportStage {
	_id: string;
	startDate: string;
	endDate: string;
	hoursPerDay?: number;
}

export interface ReportWeek {
	stageId: string;
	monday: string;
	summary: string;
	difficulties: string;
	learned: string;
	status: 'draft' | 'submitted';
	submittedAt?: string;
	submittedDigest?: string;
}

export type ReportEntry = DigestEntry;
export type ReportPhoto = DigestPhoto;

export type WeekReportStatus = 'draft' | 'submitted' | 'modified-after-submit';

export interface WeekReportDay {
	date: string;
	/** Name of the public holiday, when the day is one. */
	holiday?: string;
	/** A weekend day shows only because something was written on it. */
	weekend: boolean;
	entries: (ReportEntry & { photos: ReportPhoto[] })[];
	minutes: number;
}

export interface WeekReport {
	weekId: string;
	stageId: string;
	monday: string;
	index: number;
	isoWeek: number;
	start: string;
	end: string;
	partial: boolean;
	days: WeekReportDay[];
	summary: string;
	difficulties: string;
	learned: string;
	totalMinutes: number;
	/** Working days × hours per day, for "x h sur y h". */
	expectedMinutes: number;
	activityIds: string[];
	counts: { entries: number; photos: number; workingDays: number; daysWithEntries: number };
	/** Working days on which nothing is written yet. */
	daysWithoutEntry: string[];
	status: WeekReportStatus;
	submittedAt?: string;
	digest: string;
}

export interface WeekReportInput {
	stage: ReportStage;
	monday: string;
	week?: ReportWeek | null;
	entries: readonly ReportEntry[];
	photos: readonly ReportPhoto[];
}

const EMPTY_TEXTS = { summary: '', difficulties: '', learned: '' };

/** Throws a RangeError when `monday` is not a week of the stage. */
export async function buildWeekReport(input: WeekReportInput): Promise<WeekReport> {
	const { stage, monday, week } = input;
	const stageWeek = weeksOfStage(stage).find((w) => w.monday === monday);
	if (!stageWeek) throw new RangeError('Cette semaine est en dehors du stage.');

	const texts = week ?? EMPTY_TEXTS;
	const digestWeek = { stageId: stage._id, monday, ...pickTexts(texts) };
	const content = weekContent({ week: digestWeek, entries: input.entries, photos: input.photos });
	const digest = await weekDigest({
		week: digestWeek,
		entries: input.entries,
		photos: input.photos
	});

	const keptIds = new Set(content.entries.map((e) => e.id));
	const entries = input.entries.filter((e) => keptIds.has(e._id));
	const photoIds = new Set(content.photos.map((p) => p.id));
	const photos = input.photos.filter((p) => photoIds.has(p._id));

	const holidays = new Map(stageWeek.holidays.map((h) => [h.date, h.name]));
	const inStage = dateRange(stageWeek.start, stageWeek.end);
	const written = new Set(entries.map((e) => e.date));
	const days = dateRange(monday, addDays(monday, 6))
		.filter((date) => (inStage.includes(date) && !isWeekend(date)) || written.has(date))
		.map((date): WeekReportDay => {
			const ofDay = entries
				.filter((e) => e.date === date)
				.sort((a, b) => (a._id < b._id ? -1 : 1))
				.map((e) => ({ ...e, photos: photos.filter((p) => p.entryId === e._id) }));
			const holiday = holidays.get(date);
			return {
				date,
				...(holiday ? { holiday } : {}),
				weekend: isWeekend(date),
				entries: ofDay,
				minutes: ofDay.reduce((sum, e) => sum + e.minutes, 0)
			};
		});

	const activityIds = [...new Set(entries.flatMap((e) => e.activityIds))].sort((a, b) =>
		a.localeCompare(b, 'fr', { numeric: true })
	);
	return {
		weekId: weekId(monday, stage._id),
		stageId: stage._id,
		monday,
		index: stageWeek.index,
		isoWeek: stageWeek.isoWeek,
		start: stageWeek.start,
		end: stageWeek.end,
		partial: stageWeek.partial,
		days,
		...pickTexts(texts),
		totalMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
		expectedMinutes: Math.round(stageWeek.workingDays.length * (stage.hoursPerDay ?? 7) * 60),
		activityIds,
		counts: {
			entries: entries.length,
			photos: photos.length,
			workingDays: stageWeek.workingDays.length,
			daysWithEntries: stageWeek.workingDays.filter((d) => written.has(d)).length
		},
		daysWithoutEntry: stageWeek.workingDays.filter((d) => !written.has(d)),
		status: statusOf(week, digest),
		...(week?.submittedAt ? { submittedAt: week.submittedAt } : {}),
		digest
	};
}

function pickTexts(t: { summary: string; difficulties: string; learned: string }) {
	return { summary: t.summary, difficulties: t.difficulties, learned: t.learned };
}

function statusOf(week: ReportWeek | null | undefined, digest: string): WeekReportStatus {
	if (week?.status !== 'submitted') return 'draft';
	return week.submittedDigest === digest ? 'submitted' : 'modified-after-submit';
}
