import { describe, expect, it } from 'vitest';
import {
	commentId,
	dateOfEntryId,
	dateOfPhotoId,
	entryId,
	mondayOfWeekId,
	newRand,
	parseCommentId,
	parseVisaId,
	photoId,
	randOf,
	stageId,
	startDateOfStageId,
	typeOfId,
	visaId,
	weekBelongsToStage,
	weekId
} from './ids.ts';

describe('ids', () => {
	it('draws 10 lowercase base32 characters, different each time', () => {
		const rands = new Set(Array.from({ length: 200 }, () => newRand()));
		expect(rands.size).toBe(200);
		for (const rand of rands) expect(rand).toMatch(/^[a-z2-7]{10}$/);
	});

	it('builds and parses the ids of docs/data-model.md', () => {
		const stage = stageId('2026-05-18');
		expect(stage).toMatch(/^stage:2026-05-18:[a-z2-7]{10}$/);
		expect(startDateOfStageId(stage)).toBe('2026-05-18');
		expect(dateOfEntryId(entryId('2026-05-19'))).toBe('2026-05-19');
		expect(dateOfPhotoId(photoId('2026-05-20'))).toBe('2026-05-20');
		expect(dateOfEntryId(photoId('2026-05-20'))).toBeNull();

		const week = weekId('2026-05-18', stage);
		expect(week).toBe(`week:2026-05-18:${randOf(stage)}`);
		expect(mondayOfWeekId(week)).toBe('2026-05-18');
		expect(weekBelongsToStage(week, stage)).toBe(true);
		expect(weekBelongsToStage(week, stageId('2026-05-18'))).toBe(false);

		const visa = visaId(week, '2026-05-22T15:04:05.000Z');
		expect(parseVisaId(visa)).toEqual({ weekId: week, signedAt: '2026-05-22T15:04:05.000Z' });
		const entry = entryId('2026-05-19', 'abcdefghij');
		expect(entry).toBe('entry:2026-05-19:abcdefghij');
		expect(parseCommentId(commentId(entry, '2026-05-20T08:00:00.000Z'))).toEqual({
			targetId: entry,
			createdAt: '2026-05-20T08:00:00.000Z'
		});
		expect(typeOfId(visa)).toBe('visa');
		expect(typeOfId('profile')).toBe('profile');
	});

	it('rejects malformed ids', () => {
		expect(dateOfEntryId('entry:2026-05-19:ABCDEFGHIJ')).toBeNull();
		expect(parseVisaId('visa:nope')).toBeNull();
		expect(() => randOf('profile')).toThrow();
	});
});
