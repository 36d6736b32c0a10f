/**
 * How long a stage lasts, in weeks. A stage week is five weekdays: the length is the number of
 * Monday–Friday days between the start and end dates (inclusive) divided by 5. Public holidays
 * count as stage days, because the convention covers them; weekends never count. Counting in
 * whole weekdays keeps every comparison exact (4 weeks = 20 weekdays), with no rounding.
 */
import { addDays, dateRange, isWeekend, toUtcMs } from '../calendar/dates.ts';

export const WEEKDAYS_PER_WEEK = 5;

export interface StagePeriod {
	startDate: string;
	endDate: string;
}

/** Weekdays from start to end inclusive; 0 when the end is before the start. */
export function weekdaysOf(period: StagePeriod): number {
	return dateRange(period.startDate, period.endDate).filter((day) => !isWeekend(day)).length;
}

/** True when `next` starts on the first weekday after `previous` ends (or earlier). */
export function continues(previous: StagePeriod, next: StagePeriod): boolean {
	let day = addDays(previous.endDate, 1);
	while (isWeekend(day)) day = addDays(day, 1);
	return toUtcMs(next.startDate) <= toUtcMs(day);
}

/**
 * Joins periods that follow each other without a weekday between them (two conventions back to
 * back are one consecutive period) and returns the weekdays of each joined period.
 */
export function consecutiveRuns(periods: StagePeriod[]): number[] {
	const sorted = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate));
	const runs: StagePeriod[] = [];
	for (const period of sorted) {
		const last = runs[runs.length - 1];
		if (last && continues(last, period)) {
			if (period.endDate > last.endDate) last.endDate = period.endDate;
		} else {
			runs.push({ startDate: period.startDate, endDate: period.endDate });
		}
	}
	return runs.map(weekdaysOf);
}

/** « 4 semaines », « 1 semaine », « 3,4 semaines » from a count of weekdays. */
export function formatWeeks(weekdays: number): string {
	const weeks = Math.round((weekdays / WEEKDAYS_PER_WEEK) * 10) / 10;
	const text = String(weeks).replace('.', ',');
	return `${text} semaine${weeks >= 2 ? 's' : ''}`;
}
