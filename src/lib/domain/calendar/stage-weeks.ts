/**
 * The weeks of a stage, Monday to Friday, as the weekly reports see them. A week belongs to the
 * stage when at least one of its weekdays lies inside the stage; days outside the stage, weekends
 * and public holidays are not working days. Pure: no clock, no time zone.
 */
import { addDays, dateRange, isoWeek, isWeekend, mondayOf, toUtcMs } from './dates.ts';
import { holidayName, type Holiday } from './holidays.ts';

export interface StageWeek {
	/** Monday of the week (also the key of the weekly report). */
	monday: string;
	/** First and last day of the week inside the stage (weekdays only). */
	start: string;
	end: string;
	/** 0-based position in the stage. */
	index: number;
	isoWeek: number;
	/** Weekdays inside the stage that are not public holidays. */
	workingDays: string[];
	/** Public holidays falling on a weekday inside the stage. */
	holidays: Holiday[];
	/** The stage covers fewer than the five weekdays of this week. */
	partial: boolean;
}

export interface StageDates {
	startDate: string;
	endDate: string;
}

/**
 * Throws a RangeError when a date is invalid or when the end is before the start. A stage held
 * only on a weekend has no week.
 */
export function weeksOfStage(stage: StageDates): StageWeek[] {
	const { startDate, endDate } = stage;
	if (toUtcMs(endDate) < toUtcMs(startDate)) {
		throw new RangeError('La date de fin doit être après la date de début.');
	}
	const weeks: StageWeek[] = [];
	for (let monday = mondayOf(startDate); monday <= endDate; monday = addDays(monday, 7)) {
		const inStage = dateRange(monday, addDays(monday, 4)).filter(
			(day) => day >= startDate && day <= endDate
		);
		const first = inStage[0];
		const last = inStage[inStage.length - 1];
		if (first === undefined || last === undefined) continue;
		const holidays: Holiday[] = [];
		const workingDays: string[] = [];
		for (const day of inStage) {
			const name = holidayName(day);
			if (name) holidays.push({ date: day, name });
			else workingDays.push(day);
		}
		weeks.push({
			monday,
			start: first,
			end: last,
			index: weeks.length,
			isoWeek: isoWeek(monday).week,
			workingDays,
			holidays,
			partial: inStage.length < 5
		});
	}
	return weeks;
}

/** The stage week containing `date`, or null when that day is outside the stage or a weekend. */
export function weekOfDate(stage: StageDates, date: string): StageWeek | null {
	if (date < stage.startDate || date > stage.endDate || isWeekend(date)) return null;
	const monday = mondayOf(date);
	return weeksOfStage(stage).find((week) => week.monday === monday) ?? null;
}
