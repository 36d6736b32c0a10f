import { describe, expect, it } from 'vitest';
import type { ClassSummary } from './admin-types.ts';
import { dueByClass, reportMessage, upcomingPurges } from './purge-view.ts';

const cls = (id: string, status: ClassSummary['status'], purgeAfter?: string): ClassSummary => ({
	id,
	name: `SIO ${id}`,
	createdAt: '2025-09-01T08:00:00.000Z',
	year: 2,
	status,
	studentCount: 2,
	...(purgeAfter ? { purgeAfter } : {})
});

describe('purge view', () => {
	it('lists archived classes not yet due, soonest first', () => {
		const classes = [
			cls('a', 'archived', '2028-12-31'),
			cls('b', 'archived', '2027-12-31'),
			cls('c', 'active'),
			cls('d', 'archived', '2026-12-31'),
			cls('e', 'purged', '2025-12-31')
		];
		const due = [
			{ classId: 'd', studentId: 's1', journal: 'journal_s1', purgeAfter: '2026-12-31' }
		];
		expect(upcomingPurges(classes, due).map((c) => c.id)).toEqual(['b', 'a']);
	});

	it('groups due journals by class with the students’ names and why they wait', () => {
		const due = [
			{ classId: 'd', studentId: 's1', journal: 'journal_s1', purgeAfter: '2026-12-31' },
			{
				classId: 'd',
				studentId: 's2',
				journal: 'journal_s2',
				purgeAfter: '2026-12-31',
				waiting: 'export-not-offered' as const
			}
		];
		const students = new Map([
			['d', [{ id: 's2', username: 'ana.leroy', displayName: 'Ana Leroy', journal: 'journal_s2' }]]
		]);
		expect(dueByClass(due, [cls('d', 'archived', '2026-12-31')], students)).toEqual([
			{
				classId: 'd',
				className: 'SIO d',
				purgeAfter: '2026-12-31',
				students: [
					{ studentId: 's1', name: 'Élève s1', waiting: false },
					{ studentId: 's2', name: 'Ana Leroy', waiting: true }
				]
			}
		]);
	});

	it('says what a run did in French', () => {
		expect(reportMessage({ purged: [], waiting: [], auditExpired: 0 })).toBe(
			'Aucun carnet supprimé.'
		);
		const row = { classId: 'd', studentId: 's', journal: 'journal_s' };
		expect(
			reportMessage({
				purged: [row, row],
				waiting: [{ ...row, reason: 'export-not-offered' }],
				auditExpired: 1
			})
		).toBe(
			'2 carnets supprimés ; 1 en attente de l’offre d’export ; 1 événement du journal d’audit effacé.'
		);
	});
});
