import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayIsOver,
	defaultPurgeAfter,
	frenchDate,
	isIsoDate,
	tutorAccessEndsOn
} from './dates.ts';

describe('school-year dates', () => {
	it('accepts only real calendar dates', () => {
		expect(isIsoDate('2027-12-31')).toBe(true);
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2027-13-01')).toBe(false);
		expect(isIsoDate('27-12-31')).toBe(false);
		expect(isIsoDate(20271231)).toBe(false);
	});

	it('purges by default on 31 December of the year after the archiving', () => {
		expect(defaultPurgeAfter(Date.parse('2026-07-03T10:00:00Z'), 1)).toBe('2027-12-31');
		expect(defaultPurgeAfter(Date.parse('2026-12-31T23:59:00Z'), 2)).toBe('2028-12-31');
	});

	it('keeps the last day itself', () => {
		expect(dayIsOver('2027-12-31', Date.parse('2027-12-31T23:59:59Z'))).toBe(false);
		expect(dayIsOver('2027-12-31', Date.parse('2028-01-01T00:00:00Z'))).toBe(true);
	});

	it('ends tutor access N days after the end of the stage', () => {
		expect(tutorAccessEndsOn('2026-06-26', 30)).toBe('2026-07-26');
		expect(tutorAccessEndsOn('2026-12-20', 30)).toBe('2027-01-19');
		expect(tutorAccessEndsOn('2026-06-26', 0)).toBe('2026-06-26');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
	});

	it('writes dates the French way', () => {
		expect(frenchDate('2026-08-12')).toBe('12/08/2026');
	});
});
