import { describe, expect, it } from 'vitest';
import { buildClassDashboard } from './class-dashboard.ts';
import { studentFactory, WEEK_PLANS, type WeekPlan } from './class-dashboard.fixtures.ts';
import type { AttentionKind, CellState } from './dashboard-types.ts';

const STATE_OF_PLAN: Record<WeekPlan, CellState> = {
	nothing: 'missing',
	'report-only': 'missing',
	draft: 'draft',
	submitted: 'submitted',
	signed: 'signed',
	countersigned: 'countersigned',
	changes: 'changes-requested',
	modified: 'modified-after-visa'
};
const PRIORITY: AttentionKind[] = [
	'no-entries',
	'modified-after-visa',
	'changes-unanswered',
	'unsigned'
];
const planOf = (student: number) => (week: number) =>
	WEEK_PLANS[(student + week) % WEEK_PLANS.length] ?? 'nothing';

// A full class: 150 students, two stages of 5 weeks each, every week over on 2 November 2026.
const students = await Promise.all(
	Array.from({ length: 150 }, (_, n) => studentFactory(n, ['2026-05-18', '2026-09-07'], planOf(n)))
);

describe('buildClassDashboard on a class of 150 students × 10 weeks', () => {
	it('lays out every cell with the state its journal implies', async () => {
		const dashboard = await buildClassDashboard({ today: '2026-11-02', students });
		expect(dashboard.rows).toHaveLength(150);
		const expected: Partial<Record<CellState, number>> = {};
		dashboard.rows.forEach((row, n) => {
			expect(row.cells).toHaveLength(10);
			row.cells.forEach((cell, w) => {
				const state = STATE_OF_PLAN[planOf(n)(w)];
				expect(cell.state).toBe(state);
				expected[state] = (expected[state] ?? 0) + 1;
			});
		});
		expect(dashboard.counts).toEqual({ ...expected, future: 0 });
		expect(Object.values(dashboard.counts).reduce((a, b) => a + b, 0)).toBe(1500);
	});

	it('lists every overdue week once, sorted by urgency', async () => {
		const { attention, counts } = await buildClassDashboard({ today: '2026-11-02', students });
		// Every week is long past: all thresholds are exceeded.
		expect(attention).toHaveLength(
			counts.missing +
				counts['modified-after-visa'] +
				counts['changes-requested'] +
				counts.submitted
		);
		for (let i = 1; i < attention.length; i++) {
			const [a, b] = [attention[i - 1], attention[i]];
			if (!a || !b) continue;
			const order = PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind);
			expect(order).toBeLessThanOrEqual(0);
			if (order === 0) expect(a.days).toBeGreaterThanOrEqual(b.days);
		}
		expect(new Set(attention.map((a) => `${a.studentId} ${a.weekId}`)).size).toBe(attention.length);
	});
});
