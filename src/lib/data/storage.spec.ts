import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storage.ts';

describe('isQuotaError', () => {
	it('recognises the shapes a full disk takes', () => {
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' })).toBe(true);
		expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
		expect(isQuotaError(new Error('réseau coupé'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});
});
