/**
 * Calendar helpers remembered for the length of one dashboard layout. A class shares a handful of
 * stage periods and entry dates, and date arithmetic on `YYYY-MM-DD` strings (parse, validate,
 * format) was most of the layout's time; remembering results turns it into map lookups. The memo
 * is created per call, so nothing is shared between calls or users.
 */
import { daysBetween, mondayOf } from '../calendar/dates.ts';
import { weeksOfStage, type StageDates, type StageWeek } from '../calendar/stage-weeks.ts';
import { shortDayLabelFr } from '../visa/day-label.ts';

export interface DashboardCalendar {
	/** Throws a RangeError on an invalid date. */
	mondayOf(date: string): string;
	/** Throws a RangeError on invalid dates or an end before the start. */
	weeksOfStage(stage: StageDates): readonly StageWeek[];
	/** Whole days from `date` to today. Throws a RangeError on an invalid date. */
	daysUntilToday(date: string): number;
	/** « 18 mai ». Throws a RangeError on an invalid date. */
	dayLabel(date: string): string;
}

function remember<V>(compute: (key: string) => V): (key: string) => V {
	const known = new Map<string, V>();
	return (key) => {
		let value = known.get(key);
		if (value === undefined) {
			value = compute(key);
			known.set(key, value);
		}
		return value;
	};
}

/** Throws nothing itself; each helper throws what its computation throws. */
export function dashboardCalendar(today: string): DashboardCalendar {
	const weeks = remember((key) => {
		const [startDate = '', endDate = ''] = key.split('/');
		return weeksOfStage({ startDate, endDate });
	});
	return {
		mondayOf: remember(mondayOf),
		weeksOfStage: (stage) => weeks(`${stage.startDate}/${stage.endDate}`),
		daysUntilToday: remember((date) => daysBetween(date, today)),
		dayLabel: remember(shortDayLabelFr)
	};
}
