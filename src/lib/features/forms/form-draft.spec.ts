import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	chooseDraft,
	forgetMirroredDrafts,
	mirrorDraftNow,
	takeMirroredDraft
} from './form-draft.ts';
import { memoryStorage } from '$lib/testing/memory-storage';

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

describe('draft mirrored at the page’s end', () => {
	const { storage, store } = memoryStorage();
	beforeEach(() => {
		store.clear();
		vi.stubGlobal('localStorage', storage);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('is read back once, then gone', () => {
		mirrorDraftNow('u1', 'review:a', { base: '2-x', values: { notes: 'Sauvegardes.' } });
		expect(takeMirroredDraft('u1', 'review:a')).toEqual({
			base: '2-x',
			values: { notes: 'Sauvegardes.' },
			at: expect.any(Number)
		});
		expect(takeMirroredDraft('u1', 'review:a')).toBeNull();
	});

	it('goes with the user’s device data, and only theirs', () => {
		mirrorDraftNow('u1', 'review:a', { base: null, values: 1 });
		mirrorDraftNow('u1', 'review:b', { base: null, values: 2 });
		mirrorDraftNow('u2', 'review:a', { base: null, values: 3 });
		forgetMirroredDrafts('u1');
		expect([...store.keys()]).toEqual(['form-draft-mirror:u2:review:a']);
	});
});
