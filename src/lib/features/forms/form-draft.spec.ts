import { describe, expect, it } from 'vitest';
import { chooseDraft } from './form-draft.ts';

const stored = { name: 'Léa', city: 'Lyon' };
const blank = { name: '', city: '' };

describe('chooseDraft', () => {
	it('shows the stored values without a draft, or with a draft equal to them', () => {
		expect(chooseDraft(null, stored, '2-a')).toEqual({
			values: stored,
			fromDraft: false,
			stale: false
		});
		expect(chooseDraft({ base: '1-a', values: stored }, stored, '2-a').fromDraft).toBe(false);
	});

	it('lets typing on the stored revision win, and flags typing on another revision', () => {
		const typed = { name: 'Léa', city: 'Paris' };
		expect(chooseDraft({ base: '2-a', values: typed }, stored, '2-a')).toEqual({
			values: typed,
			fromDraft: true,
			stale: false
		});
		expect(chooseDraft({ base: null, values: typed }, stored, '2-a').stale).toBe(true);
	});

	it('drops a bare draft of the older format that holds nothing typed', () => {
		expect(chooseDraft(blank, stored, '2-a', blank).values).toBe(stored);
		const typed = { name: 'Léa', city: 'Paris' };
		expect(chooseDraft(typed, stored, '2-a', blank)).toEqual({
			values: typed,
			fromDraft: true,
			stale: true
		});
	});
});
