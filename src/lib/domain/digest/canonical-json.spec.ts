import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './sha256.ts';

describe('canonicalJson', () => {
	it('sorts keys at every depth and keeps array order', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, 1, 2], c: null } })).toBe(
			'{"a":{"c":null,"d":[3,1,2]},"b":1}'
		);
		expect(canonicalJson({ B: 1, a: 2, É: 3 })).toBe('{"B":1,"a":2,"É":3}');
	});

	it('normalises strings and keys to NFC', () => {
		const decomposed = 'e\u0301t\u00e9'; // « été » with a combining accent first
		expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ été: 'été' }));
	});

	it('drops undefined properties but refuses undefined in arrays', () => {
		expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
		expect(() => canonicalJson([1, undefined])).toThrow(TypeError);
	});

	it('refuses what JSON cannot carry faithfully', () => {
		expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non fini/);
		expect(() => canonicalJson(Infinity)).toThrow(TypeError);
		expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
		expect(() => canonicalJson(10n)).toThrow(TypeError);
		expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
	});

	it('escapes strings like JSON', () => {
		expect(canonicalJson('a"b\n')).toBe('"a\\"b\\n"');
		expect(JSON.parse(canonicalJson({ x: [true, 1.5, 'é'] }))).toEqual({ x: [true, 1.5, 'é'] });
	});
});

describe('sha256Hex', () => {
	it('hashes UTF-8 strings and bytes (FIPS 180-2 vectors)', async () => {
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(await sha256Hex('')).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		const bytes = new TextEncoder().encode('abc');
		expect(await sha256Hex(bytes)).toBe(await sha256Hex('abc'));
		expect(await sha256Hex(bytes.buffer)).toBe(await sha256Hex('abc'));
	});
});
