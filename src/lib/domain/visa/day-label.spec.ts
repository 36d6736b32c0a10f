import { describe, expect, it } from 'vitest';
import { dayLabelFr, daysFr, shortDayLabelFr } from './day-label.ts';

describe('French day labels', () => {
	it('writes the weekday and the day without the year, the first as an ordinal', () => {
		expect(dayLabelFr('2026-05-19')).toBe('mardi 19 mai');
		expect(dayLabelFr('2026-06-01')).toBe('lundi 1er juin');
		expect(shortDayLabelFr('2026-05-18')).toBe('18 mai');
		expect(() => dayLabelFr('2026-02-30')).toThrow(RangeError);
	});

	it('agrees days in number', () => {
		expect([0, 1, 2, 12].map(daysFr)).toEqual(['0 jour', '1 jour', '2 jours', '12 jours']);
	});
});
