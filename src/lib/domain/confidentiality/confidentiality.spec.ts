import { describe, expect, it } from 'vitest';
import { forJury, isPhotoPublic, isPublic, publicIds, withheldCount } from './index.ts';

const entry = (id: string, confidential = false, deleted?: boolean) => ({
	_id: `entry:2026-03-02:${id}`,
	confidential,
	...(deleted ? { deleted } : {})
});
const photo = (id: string, entryRand: string, confidential = false) => ({
	_id: `photo:2026-03-02:${id}`,
	entryId: `entry:2026-03-02:${entryRand}`,
	confidential
});

describe('isPublic', () => {
	it('is false for confidential or deleted documents', () => {
		expect(isPublic(entry('aaaaaaaaaa'))).toBe(true);
		expect(isPublic(entry('aaaaaaaaaa', true))).toBe(false);
		expect(isPublic(entry('aaaaaaaaaa', false, true))).toBe(false);
		expect(isPublic({ _id: 'x', _deleted: true })).toBe(false);
	});
});

describe('isPhotoPublic', () => {
	it('hides a photo of a confidential entry even when the photo is not flagged', () => {
		const entries = [entry('aaaaaaaaaa', true)];
		expect(isPhotoPublic(photo('pppppppppp', 'aaaaaaaaaa'), entries)).toBe(false);
		expect(isPhotoPublic(photo('pppppppppp', 'aaaaaaaaaa'), new Map())).toBe(true);
	});
});

describe('forJury', () => {
	it('keeps public entries and public photos of public entries, in order', () => {
		const entries = [entry('aaaaaaaaaa'), entry('bbbbbbbbbb', true), entry('cccccccccc')];
		const photos = [
			photo('pppppppppp', 'aaaaaaaaaa'),
			photo('qqqqqqqqqq', 'aaaaaaaaaa', true),
			photo('rrrrrrrrrr', 'bbbbbbbbbb'),
			photo('ssssssssss', 'cccccccccc')
		];
		const jury = forJury(entries, photos);
		expect(jury.entries.map((e) => e._id.slice(-10))).toEqual(['aaaaaaaaaa', 'cccccccccc']);
		expect(jury.photos.map((p) => p._id.slice(-10))).toEqual(['pppppppppp', 'ssssssssss']);
		expect(withheldCount(entries, photos)).toEqual({ entries: 1, photos: 2 });
	});
});

describe('publicIds', () => {
	it('drops unknown, confidential and confidential-entry photo ids', () => {
		const entries = [entry('aaaaaaaaaa', true), entry('bbbbbbbbbb')];
		const photos = [photo('pppppppppp', 'aaaaaaaaaa'), photo('qqqqqqqqqq', 'bbbbbbbbbb')];
		const ids = ['photo:2026-03-02:zzzzzzzzzz', ...photos.map((p) => p._id)];
		expect(publicIds(ids, photos, entries)).toEqual(['photo:2026-03-02:qqqqqqqqqq']);
		expect(
			publicIds(
				entries.map((e) => e._id),
				entries
			)
		).toEqual([entries[1]!._id]);
	});
});
