import { describe, expect, it } from 'vitest';
import {
	matchesVerificationCode,
	normalizeVerificationCode,
	verificationCode
} from './verification-code.ts';

const digest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('verificationCode', () => {
	it('encodes the first 40 bits in Crockford base32, in two groups of four', () => {
		// 0xba7816bf8f = 800 878 673 807; by hand in base 32: 23 09 28 01 13 15 28 15.
		expect(verificationCode(digest)).toBe('Q9W1-DFWF');
		expect(verificationCode('0'.repeat(64))).toBe('0000-0000');
		expect(verificationCode('f'.repeat(64))).toBe('ZZZZ-ZZZZ');
	});

	it('depends only on the first 40 bits, whatever the case of the hex', () => {
		expect(verificationCode(digest.toUpperCase())).toBe(verificationCode(digest));
		expect(verificationCode(digest.slice(0, 10) + '0'.repeat(54))).toBe(verificationCode(digest));
		expect(verificationCode('0000000001' + '0'.repeat(54))).toBe('0000-0001');
	});

	it('never prints the ambiguous letters I, L, O, U', () => {
		for (let i = 0; i < 200; i++) {
			const hex = (i * 2654435761).toString(16).padStart(10, '0').slice(-10);
			expect(verificationCode(hex + '0'.repeat(54))).toMatch(
				/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
			);
		}
	});

	it('refuses what is not a SHA-256 hex digest', () => {
		expect(() => verificationCode('abc')).toThrow(RangeError);
		expect(() => verificationCode('g'.repeat(64))).toThrow(RangeError);
	});
});

describe('checking a typed code', () => {
	it('accepts the code typed loosely and reads o, i, l as 0, 1, 1', () => {
		expect(normalizeVerificationCode(' q9w1 dfwf ')).toBe('Q9W1-DFWF');
		expect(normalizeVerificationCode('Q9W1DFWF')).toBe('Q9W1-DFWF');
		expect(normalizeVerificationCode('oiL0-0000')).toBe('0110-0000');
		expect(matchesVerificationCode('q9wl-dfwf', digest)).toBe(true);
	});

	it('rejects other codes, wrong lengths and foreign symbols', () => {
		expect(matchesVerificationCode('Q9W1-DFWG', digest)).toBe(false);
		expect(matchesVerificationCode('Q9W1-DFW', digest)).toBe(false);
		expect(normalizeVerificationCode('Q9W1-DFWU')).toBeNull();
		expect(normalizeVerificationCode('')).toBeNull();
		expect(matchesVerificationCode('Q9W1-DFWF', 'nope')).toBe(false);
	});
});
