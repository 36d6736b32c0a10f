import { describe, expect, it } from 'vitest';
import { weeksOfStage } from '../calendar/stage-weeks.ts';
import { dashboardCalendar } from './calendar-memo.ts';

describe('dashboardCalendar', () => {
	it('answers like the calendar functions and reuses its answers', () => {
		const calendar = dashboardCalendar('2026-06-10');
		const stage = { startDate: '2026-05-18', endDate: '2026-06-19' };
		expect(calendar.weeksOfStage(stage)).toEqual(weeksOfStage(stage));
		expect(calendar.weeksOfStage({ ...stage })).toBe(calendar.weeksOfStage(stage));
		expect(calendar.mondayOf('2026-05-23')).toBe('2026-05-18');
		expect(calendar.daysUntilToday('2026-06-01')).toBe(9);
		expect(calendar.dayLabel('2026-06-01')).toBe('1er juin');
	});

	it('still throws on invalid dates', () => {
		const calendar = dashboardCalendar('2026-06-10');
		expect(() => calendar.mondayOf('2026-13-01')).toThrow(RangeError);
		expect(() => calendar.weeksOfStage({ startDate: '2026-06-10', endDate: '2026-06-01' })).toThrow(
			RangeError
		);
	});
});
