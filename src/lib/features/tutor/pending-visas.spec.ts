import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Visa } from '$lib/domain/schemas';
import { memoryStorage } from '$lib/testing/memory-storage';
import {
	dropPendingVisa,
	forgetPendingVisas,
	keepPendingVisa,
	pendingVisas
} from './pending-visas';

const { storage, store } = memoryStorage();
const visa = (id: string) => ({ _id: id, type: 'visa' }) as unknown as Visa;

describe('visas kept before the replica’s code arrived', () => {
	beforeEach(() => {
		store.clear();
		vi.stubGlobal('localStorage', storage);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('are listed per journal, oldest first, until stored in the replica', () => {
		keepPendingVisa('journal_a', visa('visa:w1:2026-11-20T10:00:00.000Z:x'));
		keepPendingVisa('journal_a', visa('visa:w1:2026-11-20T09:00:00.000Z:y'));
		keepPendingVisa('journal_b', visa('visa:w2:2026-11-20T09:30:00.000Z:z'));
		expect(pendingVisas('journal_a').map((v) => v._id)).toEqual([
			'visa:w1:2026-11-20T09:00:00.000Z:y',
			'visa:w1:2026-11-20T10:00:00.000Z:x'
		]);
		dropPendingVisa('journal_a', 'visa:w1:2026-11-20T09:00:00.000Z:y');
		expect(pendingVisas('journal_a')).toHaveLength(1);
	});

	it('go with a journal deleted on the server, and only that journal’s', () => {
		keepPendingVisa('journal_a', visa('visa:w1:t:x'));
		keepPendingVisa('journal_ab', visa('visa:w3:t:y'));
		forgetPendingVisas('journal_a');
		expect(pendingVisas('journal_a')).toEqual([]);
		expect(pendingVisas('journal_ab')).toHaveLength(1);
	});
});
