import { describe, expect, it } from 'vitest';
import { attentionOf, sortByUrgency } from './attention.ts';
import type { AttentionItem, DashboardCell } from './dashboard-types.ts';

const lea = { studentId: 'lea', name: 'Léa Martin' };
const cell = (extra: Partial<DashboardCell>): DashboardCell => ({
	weekId: 'week:2026-06-01:ssssssssss',
	stageId: 'stage:2026-05-18:ssssssssss',
	monday: '2026-06-01',
	start: '2026-06-01',
	end: '2026-06-05',
	index: 2,
	state: 'draft',
	label: 'Brouillon',
	entryCount: 0,
	minutes: 0,
	...extra
});

describe('attentionOf', () => {
	it('waits for the default seven days before flagging a week without visa', () => {
		const submitted = cell({ state: 'submitted', since: '2026-06-05T16:00:00.000Z' });
		expect(attentionOf(lea, submitted, { today: '2026-06-11' })).toBeNull();
		expect(attentionOf(lea, submitted, { today: '2026-06-12' })).toEqual({
			kind: 'unsigned',
			studentId: 'lea',
			name: 'Léa Martin',
			weekId: submitted.weekId,
			monday: '2026-06-01',
			days: 7,
			message: 'Semaine du 1er juin envoyée il y a 7 jours, toujours sans visa'
		});
	});

	it('flags a missing week from the day after it ends', () => {
		const missing = cell({ state: 'missing' });
		expect(attentionOf(lea, missing, { today: '2026-06-05' })).toBeNull();
		expect(attentionOf(lea, missing, { today: '2026-06-06' })?.message).toBe(
			'Aucune entrée pour la semaine du 1er juin (terminée il y a 1 jour)'
		);
	});

	it('always flags content modified after visa, and never settled states', () => {
		const modified = cell({ state: 'modified-after-visa', since: '2026-06-08T10:00:00.000Z' });
		expect(attentionOf(lea, modified, { today: '2026-06-08' })).toMatchObject({ days: 0 });
		for (const state of ['draft', 'signed', 'countersigned', 'future'] as const) {
			expect(attentionOf(lea, cell({ state }), { today: '2026-09-01' })).toBeNull();
		}
	});

	it('honours a custom threshold for unanswered requests', () => {
		const request = cell({ state: 'changes-requested', since: '2026-06-08T10:00:00.000Z' });
		const context = { today: '2026-06-10', thresholds: { unansweredDays: 2 } };
		expect(attentionOf(lea, request, context)?.kind).toBe('changes-unanswered');
		expect(attentionOf(lea, request, { today: '2026-06-10' })).toBeNull();
	});
});

describe('sortByUrgency', () => {
	it('orders by kind, then the oldest, then by name', () => {
		const item = (kind: AttentionItem['kind'], days: number, name: string): AttentionItem => ({
			kind,
			days,
			name,
			studentId: name,
			weekId: 'w',
			monday: '2026-06-01',
			message: ''
		});
		const sorted = sortByUrgency([
			item('unsigned', 30, 'A'),
			item('no-entries', 2, 'Zoé'),
			item('changes-unanswered', 9, 'B'),
			item('no-entries', 2, 'Élodie'),
			item('modified-after-visa', 1, 'C'),
			item('no-entries', 9, 'D')
		]);
		expect(sorted.map((i) => `${i.kind} ${i.name}`)).toEqual([
			'no-entries D',
			'no-entries Élodie',
			'no-entries Zoé',
			'modified-after-visa C',
			'changes-unanswered B',
			'unsigned A'
		]);
	});
});
