import { describe, expect, it } from 'vitest';
import { buildClassDashboard, layoutClassDashboard } from './class-dashboard.ts';
import { studentFactory, type WeekPlan } from './class-dashboard.fixtures.ts';
import { currentWeekDigests } from './week-digests.ts';

const plans =
	(list: WeekPlan[]) =>
	(index: number): WeekPlan =>
		list[index] ?? 'nothing';

// Léa: first stage 18 May – 19 June 2026, second stage in September (not started on 26 June).
const lea = await studentFactory(
	1,
	['2026-05-18', '2026-09-07'],
	plans(['nothing', 'submitted', 'changes', 'modified', 'signed'])
);
const tom = await studentFactory(
	2,
	['2026-05-18'],
	plans(['countersigned', 'draft', 'report-only', 'signed', 'changes'])
);
const states = (row: { cells: { state: string }[] } | undefined) => row?.cells.map((c) => c.state);

describe('buildClassDashboard', () => {
	it('gives each student one cell per week of their stages, with its visa state', async () => {
		const dashboard = await buildClassDashboard({ today: '2026-06-26', students: [lea, tom] });
		expect(dashboard.rows.map((r) => r.name)).toEqual([lea.name, tom.name]);
		expect(states(dashboard.rows[0])).toEqual([
			'missing',
			'submitted',
			'changes-requested',
			'modified-after-visa',
			'signed',
			...Array(5).fill('future')
		]);
		// A report opened without any entry is still a missing week.
		expect(states(dashboard.rows[1])).toEqual([
			'countersigned',
			'draft',
			'missing',
			'signed',
			'changes-requested'
		]);
		const cell = dashboard.rows[0]?.cells[3];
		expect(cell).toMatchObject({
			monday: '2026-06-08',
			start: '2026-06-08',
			end: '2026-06-12',
			index: 3,
			label: 'Modifié après visa',
			entryCount: 5,
			minutes: 2100,
			since: '2026-06-15T10:00:00.000Z'
		});
		expect(cell?.visaId).toMatch(/^visa:week:2026-06-08:/);
		expect(dashboard.rows[0]?.cells[5]).toMatchObject({
			monday: '2026-09-07',
			index: 0,
			label: 'À venir'
		});
	});

	it('counts the cells per state, per student and for the class', async () => {
		const { rows, counts } = await buildClassDashboard({
			today: '2026-06-26',
			students: [lea, tom]
		});
		expect(rows[1]?.counts).toMatchObject({
			countersigned: 1,
			draft: 1,
			missing: 1,
			signed: 1,
			future: 0
		});
		expect(counts).toEqual({
			missing: 2,
			draft: 1,
			submitted: 1,
			'changes-requested': 2,
			signed: 2,
			countersigned: 1,
			'modified-after-visa': 1,
			future: 5
		});
	});

	it('lists what needs attention, most urgent kind first, then the oldest', async () => {
		const { attention } = await buildClassDashboard({ today: '2026-06-26', students: [lea, tom] });
		expect(attention.map((a) => [a.kind, a.name, a.monday, a.days])).toEqual([
			['no-entries', lea.name, '2026-05-18', 35],
			['no-entries', tom.name, '2026-06-01', 21],
			['modified-after-visa', lea.name, '2026-06-08', 11],
			['changes-unanswered', lea.name, '2026-06-01', 18],
			['unsigned', lea.name, '2026-05-25', 28]
		]);
		expect(attention.map((a) => a.message)).toEqual([
			'Aucune entrée pour la semaine du 18 mai (terminée il y a 35 jours)',
			'Aucune entrée pour la semaine du 1er juin (terminée il y a 21 jours)',
			'Semaine du 8 juin modifiée après visa : un nouveau visa est nécessaire',
			'Modifications demandées sur la semaine du 1er juin il y a 18 jours, sans réponse',
			'Semaine du 25 mai envoyée il y a 28 jours, toujours sans visa'
		]);
	});

	it('applies the thresholds in days', async () => {
		const kinds = async (thresholds: { unsignedDays?: number; unansweredDays?: number }) =>
			(
				await buildClassDashboard({ today: '2026-06-26', students: [lea, tom], thresholds })
			).attention
				.filter((a) => a.kind === 'unsigned' || a.kind === 'changes-unanswered')
				.map((a) => `${a.kind} ${a.monday}`);
		expect(await kinds({ unsignedDays: 29, unansweredDays: 19 })).toEqual([]);
		expect(await kinds({ unsignedDays: 28, unansweredDays: 4 })).toEqual([
			'changes-unanswered 2026-06-01',
			'changes-unanswered 2026-06-15',
			'unsigned 2026-05-25'
		]);
	});

	it('does not flag the current week, and shows weeks not started as future', async () => {
		const { rows, attention } = await buildClassDashboard({ today: '2026-05-20', students: [lea] });
		expect(states(rows[0])).toEqual(['missing', ...Array(9).fill('future')]);
		expect(attention).toEqual([]);
	});

	it('skips deleted stages and entries', async () => {
		const edited = {
			...tom,
			stages: [
				...tom.stages,
				{
					_id: 'stage:2026-09-07:zzzzzzzzzz',
					startDate: '2026-09-07',
					endDate: '2026-09-11',
					deleted: true
				}
			],
			entries: tom.entries.map((e) =>
				e.date.startsWith('2026-05-2') ? { ...e, deleted: true } : e
			)
		};
		const { rows } = await buildClassDashboard({ today: '2026-06-26', students: [edited] });
		expect(rows[0]?.cells).toHaveLength(5);
		// Week of 25 May lost its entries: its draft report alone counts as missing.
		expect(rows[0]?.cells[1]).toMatchObject({ state: 'missing', entryCount: 0, minutes: 0 });
	});

	it('refuses to lay out weeks with visas without their current digest', async () => {
		expect(() => layoutClassDashboard({ today: '2026-06-26', students: [lea] })).toThrow(
			RangeError
		);
		const digests = await currentWeekDigests(lea);
		const laid = layoutClassDashboard({ today: '2026-06-26', students: [{ ...lea, digests }] });
		expect(laid).toEqual(await buildClassDashboard({ today: '2026-06-26', students: [lea] }));
	});
});
