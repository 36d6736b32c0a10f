import { describe, expect, it } from 'vitest';
import { currentObjectives, type ReviewLike } from './current-objectives.ts';

const review = (id: string, extra: Partial<ReviewLike>): ReviewLike => ({
	_id: `review:${extra.scheduledDate ?? '2026-06-10'}:${id}`,
	stageId: 'stage:2026-06-01:abcdefghij',
	scheduledDate: '2026-06-10',
	status: 'held',
	objectives: [],
	competenceIds: [],
	...extra
});

describe('currentObjectives', () => {
	it('shows the objectives of the latest review held and the next one planned', () => {
		const first = review('aaaaaaaaaa', { scheduledDate: '2026-06-03', objectives: ['Ancien'] });
		const second = review('bbbbbbbbbb', { scheduledDate: '2026-06-10', objectives: ['Récent'] });
		const later = review('cccccccccc', { scheduledDate: '2026-06-30', status: 'planned' });
		const sooner = review('dddddddddd', { scheduledDate: '2026-06-20', status: 'planned' });
		const past = review('eeeeeeeeee', { scheduledDate: '2026-06-01', status: 'planned' });
		const result = currentObjectives([later, first, second, sooner, past], '2026-06-12');
		expect(result.from).toBe(second);
		expect(result.next).toBe(sooner);
	});

	it('orders reviews of one day by their time', () => {
		const morning = review('aaaaaaaaaa', { scheduledTime: '09:00', objectives: ['Matin'] });
		const afternoon = review('bbbbbbbbbb', { scheduledTime: '14:30', objectives: ['Après-midi'] });
		expect(currentObjectives([afternoon, morning], '2026-06-10').from).toBe(afternoon);
	});

	it('ends older objectives once a newer review is held without any', () => {
		const old = review('aaaaaaaaaa', { scheduledDate: '2026-06-03', objectives: ['Ancien'] });
		const empty = review('bbbbbbbbbb', { scheduledDate: '2026-06-10' });
		expect(currentObjectives([old, empty], '2026-06-12').from).toBeNull();
	});

	it('shows nothing before any review is held', () => {
		const planned = review('aaaaaaaaaa', { status: 'planned', objectives: ['Prévu'] });
		expect(currentObjectives([planned], '2026-06-01')).toEqual({ from: null, next: planned });
	});
});
