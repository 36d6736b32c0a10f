/**
 * « Modifications demandées » on the dashboard, and its attention item when left unanswered, come
 * from the tutor's requests and from the teacher's alike.
 */
import { describe, expect, it } from 'vitest';
import { weekDigest } from '../digest/week-digest.ts';
import { layoutClassDashboard } from './class-dashboard.ts';
import type { DashboardVisa, LayoutStudent } from './dashboard-types.ts';

const STAGE = 'stage:2026-09-14:ssssssssss';
const WEEK = 'week:2026-09-14:ssssssssss';
const report = {
	stageId: STAGE,
	monday: '2026-09-14',
	summary: 'S',
	difficulties: '',
	learned: ''
};

async function studentWith(visas: Omit<DashboardVisa, 'weekId' | 'stageId' | 'digest'>[]) {
	const digest = await weekDigest({ week: report, entries: [], photos: [] });
	const student: LayoutStudent = {
		studentId: 'lea',
		name: 'Léa Martin',
		stages: [{ _id: STAGE, startDate: '2026-09-14', endDate: '2026-09-18' }],
		weeks: [{ _id: WEEK, status: 'submitted', submittedAt: '2026-09-18T16:00:00.000Z' }],
		entries: [
			{ _id: 'entry:2026-09-14:eeeeeeeeee', stageId: STAGE, date: '2026-09-14', minutes: 60 }
		],
		visas: visas.map((v) => ({ ...v, weekId: WEEK, stageId: STAGE, digest })),
		digests: new Map([[WEEK, digest]])
	};
	return student;
}

const request = (signerRole: 'tutor' | 'teacher', signedAt: string) => ({
	_id: `visa:${WEEK}:${signedAt}:${signerRole === 'tutor' ? 'tttttttttt' : 'pppppppppp'}`,
	signerRole,
	decision: 'changes_requested' as const,
	signedAt
});

describe('requests for changes on the dashboard', () => {
	for (const role of ['tutor', 'teacher'] as const) {
		it(`a ${role}'s request shows « Modifications demandées » and, unanswered, needs attention`, async () => {
			const student = await studentWith([request(role, '2026-09-20T10:00:00.000Z')]);
			const soon = layoutClassDashboard({ today: '2026-09-22', students: [student] });
			expect(soon.rows[0]?.cells[0]).toMatchObject({ state: 'changes-requested' });
			expect(soon.counts['changes-requested']).toBe(1);
			expect(soon.attention).toEqual([]);

			const late = layoutClassDashboard({ today: '2026-09-28', students: [student] });
			expect(late.attention).toEqual([
				expect.objectContaining({
					kind: 'changes-unanswered',
					days: 8,
					message: expect.stringMatching(/^Modifications demandées sur la semaine du 14 septembre/)
				})
			]);
		});
	}

	it('a teacher asking for changes after the tutor signed reopens the week', async () => {
		const signed = {
			_id: `visa:${WEEK}:2026-09-19T10:00:00.000Z:tttttttttt`,
			signerRole: 'tutor' as const,
			decision: 'signed' as const,
			signedAt: '2026-09-19T10:00:00.000Z'
		};
		const student = await studentWith([signed, request('teacher', '2026-09-20T10:00:00.000Z')]);
		const dashboard = layoutClassDashboard({ today: '2026-09-22', students: [student] });
		expect(dashboard.rows[0]?.cells[0]?.state).toBe('changes-requested');
	});
});
