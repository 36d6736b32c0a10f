import '$lib/data/test-setup.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyJournal, openJournal } from '$lib/data/journal-db.ts';
import { StudentNews } from './student-news.svelte.ts';

const WEEK = 'week:2026-11-02:ssssssssss';
let userId = '';

const visa = (signedAt: string) => ({
	_id: `visa:${WEEK}:${signedAt}:vvvvvvvvvv`,
	type: 'visa',
	schemaVersion: 1,
	weekId: WEEK,
	stageId: 'stage:2026-11-02:ssssssssss',
	signerRole: 'tutor',
	signerId: 'tutor1',
	signerName: 'M. Tuteur',
	decision: 'signed',
	comment: '',
	signature: 'data:image/png;base64,iVBORw0KGgo=',
	digest: 'a'.repeat(64),
	covers: [{ id: WEEK, rev: '1-a' }],
	signedAt
});

afterEach(() => destroyJournal(userId));

describe('StudentNews', () => {
	it('counts a visa received after the device started counting until its week is shown', async () => {
		userId = `n${Math.random().toString(36).slice(2, 10)}`;
		const db = openJournal(userId);
		await db.put(visa('2020-01-01T10:00:00.000Z')); // before this device counted: not news
		const news = new StudentNews();
		news.start(db, userId);
		await news.refresh();
		expect(news.count).toBe(0);

		await db.put(visa(new Date(Date.now() + 1000).toISOString()));
		await news.refresh();
		expect(news.count).toBe(1);
		expect(news.countOf(WEEK)).toBe(1);

		await news.markWeekSeen(WEEK);
		expect(news.count).toBe(0);

		// Remembered on the device: another instance (a new app open) agrees.
		const reopened = new StudentNews();
		reopened.start(db, userId);
		await reopened.refresh();
		expect(reopened.count).toBe(0);
	});
});
