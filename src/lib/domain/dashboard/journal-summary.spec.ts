import { describe, expect, it } from 'vitest';
import { buildClassDashboard, layoutClassDashboard } from './class-dashboard.ts';
import { studentFactory, WEEK_PLANS } from './class-dashboard.fixtures.ts';
import { layoutStudentOf, summarizeJournal } from './journal-summary.ts';
import { currentWeekDigests } from './week-digests.ts';

const TODAY = '2026-11-23';

describe('summarizeJournal', () => {
	it('lays out exactly as the full journal, from plain structured-clonable data', async () => {
		const student = await studentFactory(
			1,
			['2026-05-18', '2026-09-14'],
			(i) => WEEK_PLANS[i % WEEK_PLANS.length]!
		);
		const digests = await currentWeekDigests(student);
		const summary = summarizeJournal(
			{ ...student, profile: { option: 'SLAM', className: 'SIO 2' } },
			digests
		);
		// What the device stores is a copy through structured clone (IndexedDB).
		const stored = structuredClone(summary);
		expect(stored).toEqual(summary);
		expect(layoutClassDashboard({ today: TODAY, students: [layoutStudentOf(stored)] })).toEqual(
			await buildClassDashboard({ today: TODAY, students: [student] })
		);
		expect(stored).toMatchObject({ option: 'SLAM', className: 'SIO 2' });
		// No texts, photos or signatures: only what the grid, alerts and coverage read.
		expect(JSON.stringify(stored)).not.toContain('"text"');
		expect(Object.keys(stored.entries[0] ?? {}).sort()).toEqual(
			['_id', 'activityIds', 'date', 'minutes', 'stageId'].sort()
		);
	});

	it('leaves out a digest it was not given, so the layout refuses to guess', async () => {
		const student = await studentFactory(2, ['2026-09-14'], () => 'signed');
		const summary = summarizeJournal({ ...student, profile: null }, new Map());
		expect(summary.digests).toEqual({});
		expect(() =>
			layoutClassDashboard({ today: TODAY, students: [layoutStudentOf(summary)] })
		).toThrow(RangeError);
	});
});
