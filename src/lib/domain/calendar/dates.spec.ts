import { describe, expect, it } from 'vitest';
import {
	addDays,
	dateRange,
	daysBetween,
	formatDateFr,
	isoWeek,
	isoWeekday,
	isValidDate,
	mondayOf,
	todayLocal
} from './dates.ts';

describe('calendar dates', () => {
	it('adds days across month, year and DST boundaries', () => {
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // clocks go forward on 29 March
		expect(addDays('2026-10-24', 2)).toBe('2026-10-26'); // clocks go back on 25 October
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
		expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
		expect(daysBetween('2026-06-10', '2026-06-01')).toBe(-9);
	});

	it('finds the Monday and the ISO week', () => {
		expect(isoWeekday('2026-06-01')).toBe(1);
		expect(isoWeekday('2026-06-07')).toBe(7);
		expect(mondayOf('2026-06-07')).toBe('2026-06-01');
		expect(mondayOf('2027-01-01')).toBe('2026-12-28');
		expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
		expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
		expect(isoWeek('2026-06-03')).toEqual({ year: 2026, week: 23 });
		expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
	});

	it('validates real calendar dates only', () => {
		expect(isValidDate('2026-02-28')).toBe(true);
		expect(isValidDate('2026-02-29')).toBe(false);
		expect(isValidDate('2026-13-01')).toBe(false);
		expect(isValidDate('26-01-01')).toBe(false);
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
	});

	it('lists an inclusive range, empty when reversed', () => {
		expect(dateRange('2026-12-30', '2027-01-02')).toEqual([
			'2026-12-30',
			'2026-12-31',
			'2027-01-01',
			'2027-01-02'
		]);
		expect(dateRange('2026-06-02', '2026-06-01')).toEqual([]);
	});

	it('reads today in the local calendar of the given instant', () => {
		const now = new Date(2026, 5, 3, 23, 59);
		expect(todayLocal(now)).toBe('2026-06-03');
	});

	it('formats in French', () => {
		expect(formatDateFr('2026-06-01')).toBe('lundi 1 juin 2026');
	});
});
