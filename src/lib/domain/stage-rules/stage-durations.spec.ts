import { describe, expect, it } from 'vitest';
import { checkStageDurations, type DurationStage, type StageRules } from './stage-durations.ts';
import { consecutiveRuns, formatWeeks, weekdaysOf } from './stage-length.ts';

/** The values of seed 001 (annex III.B, §4.1), as `referentiel/stage-rules.json` holds them. */
const rules: StageRules = {
	totalWeeks: 10,
	year1: { minConsecutiveWeeks: 4, maxConsecutiveWeeks: 5 },
	year2: { minConsecutiveWeeks: 5, maxConsecutiveWeeks: 6 },
	extensionWeeksInHolidays: 2,
	reduced: { minTotalWeeks: 8, minConsecutiveWeeksYear2: 4 }
};

// Mondays and Fridays of 2026–2027, so lengths are whole weeks.
const y1 = (startDate: string, endDate: string): DurationStage => ({
	trainingYear: 1,
	startDate,
	endDate
});
const y2 = (startDate: string, endDate: string): DurationStage => ({
	trainingYear: 2,
	startDate,
	endDate
});
const Y1_5W = y1('2026-05-18', '2026-06-19');
const Y2_5W = y2('2027-01-04', '2027-02-05');

const codes = (stages: DurationStage[], r = rules) =>
	checkStageDurations(stages, r).findings.map((f) => `${f.level}:${f.code}`);
const messageOf = (stages: DurationStage[], code: string) =>
	checkStageDurations(stages, rules).findings.find((f) => f.code === code)?.message;

describe('stage length', () => {
	it('counts weekdays, holidays included, weekends excluded', () => {
		expect(weekdaysOf({ startDate: '2026-05-11', endDate: '2026-05-29' })).toBe(15); // Ascension, Pentecôte
		expect(weekdaysOf({ startDate: '2026-06-03', endDate: '2026-06-03' })).toBe(1);
		expect(weekdaysOf({ startDate: '2026-06-06', endDate: '2026-06-07' })).toBe(0);
		expect(formatWeeks(17)).toBe('3,4 semaines');
		expect(formatWeeks(5)).toBe('1 semaine');
	});

	it('joins back-to-back stages across a weekend, not across a gap', () => {
		const a = { startDate: '2026-05-18', endDate: '2026-05-29' };
		expect(consecutiveRuns([{ startDate: '2026-06-01', endDate: '2026-06-12' }, a])).toEqual([20]);
		expect(consecutiveRuns([a, { startDate: '2026-06-02', endDate: '2026-06-12' }])).toEqual([
			10, 9
		]);
	});
});

describe('checkStageDurations', () => {
	it('accepts 5 + 5 weeks', () => {
		const report = checkStageDurations([Y1_5W, Y2_5W], rules);
		expect(report.totalWeeks).toBe(10);
		expect(report.perYear[1]).toEqual({ weeks: 5, longestConsecutiveWeeks: 5, stages: 1 });
		expect(report.findings.map((f) => f.level)).toEqual(['ok', 'ok', 'ok']);
		expect(report.findings.map((f) => f.code)).toEqual(['year1-ok', 'year2-ok', 'total-ok']);
	});

	it('flags a first-year period that is too short', () => {
		const short = y1('2026-06-01', '2026-06-19');
		expect(codes([short])[0]).toBe('error:year1-too-short');
		expect(messageOf([short], 'year1-too-short')).toBe(
			'Votre période de première année dure 3 semaines : il en faut 4 à 5 consécutives en fin de première année.'
		);
		// 3 + 5 = 8 weeks: a reduction could explain it, so it is only a warning that says so.
		expect(codes([short, Y2_5W])[0]).toBe('warning:year1-too-short');
		expect(messageOf([short, Y2_5W], 'year1-too-short')).toMatch(/réduction/);
	});

	it('does not count two separate short stages as one period', () => {
		const split = [y1('2026-05-04', '2026-05-15'), y1('2026-06-01', '2026-06-19'), Y2_5W];
		expect(codes([...split, y2('2027-03-01', '2027-03-05')])[0]).toBe('error:year1-too-short');
		expect(checkStageDurations(split, rules).perYear[1].weeks).toBe(5);
	});

	it('explains the reduced case (8 to 10 weeks, 4 consecutive in year 2)', () => {
		const stages = [y1('2026-05-25', '2026-06-19'), y2('2027-01-04', '2027-01-29')];
		expect(codes(stages)).toEqual([
			'ok:year1-ok',
			'warning:year2-too-short',
			'warning:total-reduced'
		]);
		expect(messageOf(stages, 'total-reduced')).toBe(
			'Total : 8 semaines sur 10. En cas de réduction (force majeure ou aménagement), le minimum est de 8 semaines dont 4 consécutives en deuxième année, sur demande de positionnement auprès du recteur.'
		);
		const nine = [Y1_5W, y2('2027-01-04', '2027-01-29')];
		expect(messageOf(nine, 'total-reduced')).toMatch(
			/^Total : 9 semaines sur 10\. En cas de réduction/
		);
	});

	it('refuses less than 8 weeks, or less than 4 consecutive in year 2', () => {
		const seven = [y1('2026-05-25', '2026-06-19'), y2('2027-01-04', '2027-01-22')];
		expect(codes(seven)).toEqual(['ok:year1-ok', 'error:year2-too-short', 'error:total-too-short']);
		const y2Split = [Y1_5W, y2('2027-01-04', '2027-01-22'), y2('2027-03-01', '2027-03-12')];
		expect(codes(y2Split)).toContain('error:year2-too-short');
	});

	it('allows up to 2 extension weeks, no more', () => {
		const six = [Y1_5W, y2('2027-01-04', '2027-02-12')];
		expect(codes(six)).toEqual(['ok:year1-ok', 'ok:year2-ok', 'warning:total-extended']);
		const seven = [Y1_5W, y2('2027-01-04', '2027-02-19')];
		expect(codes(seven)).toEqual([
			'ok:year1-ok',
			'warning:year2-too-long',
			'warning:total-extended'
		]);
		const nine = [Y1_5W, y2('2027-01-04', '2027-03-05')];
		expect(codes(nine)).toEqual(['ok:year1-ok', 'error:year2-too-long', 'error:total-too-long']);
		expect(messageOf(nine, 'total-too-long')).toMatch(/12 au plus/);
	});

	it('reports overlapping stages and reversed dates', () => {
		const overlapping = [Y1_5W, y1('2026-06-15', '2026-06-26'), Y2_5W];
		expect(messageOf(overlapping, 'overlap')).toBe(
			'Les stages du 18 mai 2026 au 19 juin 2026 et du 15 juin 2026 au 26 juin 2026 se chevauchent.'
		);
		const reversed = [Y1_5W, Y2_5W, y2('2027-03-10', '2027-03-01')];
		expect(codes(reversed)).toEqual([
			'error:end-before-start',
			'ok:year1-ok',
			'ok:year2-ok',
			'ok:total-ok'
		]);
	});

	it('says what is still to plan, and ignores deleted stages', () => {
		expect(codes([Y1_5W])).toEqual([
			'ok:year1-ok',
			'warning:year2-missing',
			'warning:total-incomplete'
		]);
		expect(messageOf([Y1_5W], 'total-incomplete')).toBe(
			'Total : 5 semaines sur 10. La période de deuxième année reste à prévoir.'
		);
		expect(codes([{ ...Y1_5W, deleted: true }, Y2_5W])[0]).toBe('warning:year1-missing');
	});

	it('reads its limits from the rules it is given', () => {
		const stricter = { ...rules, year1: { minConsecutiveWeeks: 6, maxConsecutiveWeeks: 7 } };
		expect(codes([Y1_5W, Y2_5W], stricter)[0]).toBe('error:year1-too-short');
	});
});
