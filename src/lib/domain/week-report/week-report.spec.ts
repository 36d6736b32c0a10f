import { describe, expect, it } from 'vitest';
import { weekDigest } from '../digest/week-digest.ts';
import { buildWeekReport, type ReportEntry, type ReportWeek } from './week-report.ts';

// Stage from Wednesday 13 May 2026 (Ascension is Thursday 14 May) to Friday 5 June 2026.
const stage = {
	_id: 'stage:2026-05-13:abcdefghij',
	startDate: '2026-05-13',
	endDate: '2026-06-05'
};
const entry = (date: string, rand: string, extra: Partial<ReportEntry> = {}): ReportEntry => ({
	_id: `entry:${date}:${rand}`,
	stageId: stage._id,
	date,
	text: `Le ${date}`,
	minutes: 180,
	activityIds: ['1.2'],
	tools: [],
	difficulties: '',
	learned: '',
	...extra
});
const entries = [
	entry('2026-05-13', 'aaaaaaaaaa', { activityIds: ['A2.1', '1.10', '1.2'] }),
	entry('2026-05-13', 'bbbbbbbbbb', { minutes: 60 }),
	entry('2026-05-16', 'cccccccccc', { activityIds: ['3.1'] }), // a Saturday
	entry('2026-05-15', 'dddddddddd', { deleted: true }),
	entry('2026-05-18', 'eeeeeeeeee') // next week
];
const photos = [
	{
		_id: 'photo:2026-05-13:pppppppppp',
		entryId: entries[0]!._id,
		caption: 'Baie',
		sha256: 'a'.repeat(64)
	}
];
const week: ReportWeek = {
	stageId: stage._id,
	monday: '2026-05-11',
	summary: 'Arrivée.',
	difficulties: '',
	learned: '',
	status: 'draft'
};

describe('buildWeekReport', () => {
	it('lays out the days of a partial week with its holiday and a worked Saturday', async () => {
		const report = await buildWeekReport({ stage, monday: '2026-05-11', week, entries, photos });
		expect(report).toMatchObject({
			weekId: 'week:2026-05-11:abcdefghij',
			index: 0,
			start: '2026-05-13',
			end: '2026-05-15',
			partial: true,
			summary: 'Arrivée.',
			status: 'draft'
		});
		expect(report.days.map((d) => [d.date, d.holiday ?? null, d.weekend, d.minutes])).toEqual([
			['2026-05-13', null, false, 240],
			['2026-05-14', 'Ascension', false, 0],
			['2026-05-15', null, false, 0],
			['2026-05-16', null, true, 180]
		]);
		expect(report.days[0]?.entries.map((e) => e.photos.length)).toEqual([1, 0]);
		expect(report.totalMinutes).toBe(420);
		expect(report.expectedMinutes).toBe(2 * 7 * 60);
		expect(report.activityIds).toEqual(['1.2', '1.10', '3.1', 'A2.1']);
		expect(report.counts).toEqual({ entries: 3, photos: 1, workingDays: 2, daysWithEntries: 1 });
		expect(report.daysWithoutEntry).toEqual(['2026-05-15']);
		expect(report.digest).toBe(await weekDigest({ week, entries, photos }));
	});

	it('works without a week document yet', async () => {
		const report = await buildWeekReport({ stage, monday: '2026-05-18', entries, photos });
		expect(report.status).toBe('draft');
		expect(report.summary).toBe('');
		expect(report.counts.entries).toBe(1);
		expect(report.partial).toBe(false);
	});

	it('tells submitted from modified after submit', async () => {
		const digest = await weekDigest({ week, entries, photos });
		const sent: ReportWeek = {
			...week,
			status: 'submitted',
			submittedAt: '2026-05-15T17:00:00.000Z',
			submittedDigest: digest
		};
		const input = { stage, monday: '2026-05-11', week: sent, entries, photos };
		expect((await buildWeekReport(input)).status).toBe('submitted');
		const edited = entries.map((e, i) => (i === 1 ? { ...e, minutes: 90 } : e));
		expect((await buildWeekReport({ ...input, entries: edited })).status).toBe(
			'modified-after-submit'
		);
		// An entry of another week does not touch this week's visa.
		const elsewhere = entries.map((e, i) => (i === 4 ? { ...e, text: 'autre' } : e));
		expect((await buildWeekReport({ ...input, entries: elsewhere })).status).toBe('submitted');
	});

	it('refuses a week outside the stage', async () => {
		await expect(buildWeekReport({ stage, monday: '2026-06-08', entries, photos })).rejects.toThrow(
			'Cette semaine est en dehors du stage.'
		);
	});
});
