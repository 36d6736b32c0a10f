import { describe, expect, it } from 'vitest';
import { weekOfDate, weeksOfStage } from './stage-weeks.ts';

describe('weeksOfStage', () => {
	it('cuts a stage into Monday–Friday weeks with partial ends', () => {
		// Wednesday 3 June to Tuesday 16 June 2026.
		const weeks = weeksOfStage({ startDate: '2026-06-03', endDate: '2026-06-16' });
		expect(weeks.map((w) => [w.monday, w.start, w.end, w.index, w.partial])).toEqual([
			['2026-06-01', '2026-06-03', '2026-06-05', 0, true],
			['2026-06-08', '2026-06-08', '2026-06-12', 1, false],
			['2026-06-15', '2026-06-15', '2026-06-16', 2, true]
		]);
		expect(weeks[0]?.workingDays).toEqual(['2026-06-03', '2026-06-04', '2026-06-05']);
		expect(weeks[1]?.isoWeek).toBe(24);
	});

	it('removes Ascension and Whit Monday from the working days', () => {
		const weeks = weeksOfStage({ startDate: '2026-05-11', endDate: '2026-05-29' });
		expect(weeks).toHaveLength(3);
		expect(weeks[0]?.holidays).toEqual([{ date: '2026-05-14', name: 'Ascension' }]);
		expect(weeks[0]?.workingDays).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']);
		expect(weeks[0]?.partial).toBe(false);
		expect(weeks[1]?.holidays).toEqual([]);
		expect(weeks[2]?.holidays).toEqual([{ date: '2026-05-25', name: 'Lundi de Pentecôte' }]);
		expect(weeks[2]?.workingDays).toHaveLength(4);
	});

	it('crosses a year end', () => {
		const weeks = weeksOfStage({ startDate: '2026-12-21', endDate: '2027-01-08' });
		expect(weeks.map((w) => w.monday)).toEqual(['2026-12-21', '2026-12-28', '2027-01-04']);
		expect(weeks[0]?.holidays.map((h) => h.name)).toEqual(['Noël']);
		expect(weeks[1]?.holidays.map((h) => h.name)).toEqual(['Jour de l’an']);
		expect(weeks[1]?.isoWeek).toBe(53);
		expect(weeks[2]?.isoWeek).toBe(1);
	});

	it('handles a one-day stage, a weekend-only stage and a reversed one', () => {
		const single = weeksOfStage({ startDate: '2026-06-03', endDate: '2026-06-03' });
		expect(single).toHaveLength(1);
		expect(single[0]).toMatchObject({ start: '2026-06-03', end: '2026-06-03', partial: true });
		expect(single[0]?.workingDays).toEqual(['2026-06-03']);
		expect(weeksOfStage({ startDate: '2026-06-06', endDate: '2026-06-07' })).toEqual([]);
		expect(() => weeksOfStage({ startDate: '2026-06-10', endDate: '2026-06-01' })).toThrow(
			'La date de fin doit être après la date de début.'
		);
	});

	it('finds the week of a date', () => {
		const stage = { startDate: '2026-06-03', endDate: '2026-06-16' };
		expect(weekOfDate(stage, '2026-06-10')?.index).toBe(1);
		expect(weekOfDate(stage, '2026-06-13')).toBeNull();
		expect(weekOfDate(stage, '2026-06-02')).toBeNull();
	});
});
