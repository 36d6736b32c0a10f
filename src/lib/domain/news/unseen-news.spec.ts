import { describe, expect, it } from 'vitest';
import { newsItems, newsLabel, unseenNews } from './unseen-news.ts';

const STAGE = 'stage:2026-11-02:ssssssssss';
const WEEK = 'week:2026-11-02:ssssssssss';
const ENTRY = 'entry:2026-11-04:eeeeeeeeee';
const source = {
	entries: [{ _id: ENTRY, stageId: STAGE, date: '2026-11-04' }],
	visas: [
		{
			_id: `visa:${WEEK}:2026-11-09T10:00:00.000Z:v1`,
			weekId: WEEK,
			signedAt: '2026-11-09T10:00:00.000Z'
		}
	],
	comments: [
		{ _id: 'comment:c1', targetId: ENTRY, createdAt: '2026-11-10T10:00:00.000Z' },
		{ _id: 'comment:c2', targetId: WEEK, createdAt: '2026-11-08T10:00:00.000Z' },
		{
			_id: 'comment:c3',
			targetId: 'entry:2026-10-01:gggggggggg',
			createdAt: '2026-11-10T10:00:00.000Z'
		}
	]
};

describe('student news', () => {
	it('places visas and comments (on the week or one of its entries) in their week', () => {
		expect(newsItems(source).map((i) => [i.id, i.kind, i.weekId])).toEqual([
			[source.visas[0]!._id, 'visa', WEEK],
			['comment:c1', 'comment', WEEK],
			['comment:c2', 'comment', WEEK]
		]);
	});

	it('counts what was not shown yet, newest first, from the day the device started counting', () => {
		const items = newsItems(source);
		expect(
			unseenNews(items, { since: '2026-01-01T00:00:00.000Z', ids: [] }).map((i) => i.id)
		).toEqual(['comment:c1', source.visas[0]!._id, 'comment:c2']);
		// Shown on the week page: no longer news.
		expect(
			unseenNews(items, { since: '2026-01-01T00:00:00.000Z', ids: ['comment:c1', 'comment:c2'] })
		).toHaveLength(1);
		// A device that started counting on the 9th does not call the comment of the 8th new.
		expect(unseenNews(items, { since: '2026-11-09T00:00:00.000Z', ids: [] })).toHaveLength(2);
	});

	it('labels the count in French', () => {
		expect(newsLabel(1)).toBe('1 nouveauté');
		expect(newsLabel(3)).toBe('3 nouveautés');
	});
});
