import './test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryId, stageId } from '$lib/domain/ids.ts';
import { deviceDb } from './device-db.ts';
import { flushDraft, getDraft, recoverDrafts, saveDraft } from './draft.repository.ts';
import { getEntry } from './entry.repository.ts';
import { destroyJournal, openJournal, type JournalDb } from './journal-db.ts';
import { getWeek } from './week.repository.ts';
import { weekId } from '$lib/domain/ids.ts';

let userId: string;
let db: JournalDb;
const stage = stageId('2026-05-18');

beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(async () => {
	await destroyJournal(userId);
	await deviceDb().drafts.clear();
});

describe('drafts', () => {
	it('keeps every keystroke in the draft and creates the entry on flush', async () => {
		const id = entryId('2026-05-19');
		await saveDraft(userId, id, 'entry', { stageId: stage, date: '2026-05-19', text: 'I' });
		await saveDraft(userId, id, 'entry', { text: 'Installé' });
		await saveDraft(userId, id, 'entry', { minutes: 120 });
		expect((await getDraft(userId, id))?.patch).toMatchObject({ text: 'Installé', minutes: 120 });

		expect(await flushDraft(db, userId, id)).toEqual({ docId: id, ok: true });
		const entry = await getEntry(db, id);
		expect(entry).toMatchObject({ text: 'Installé', minutes: 120, stageId: stage, date: '2026-05-19' });
		expect(await getDraft(userId, id)).toBeUndefined();
	});

	it('keeps an invalid draft on the device and reports the French error', async () => {
		const id = entryId('2026-05-19');
		await saveDraft(userId, id, 'entry', { stageId: stage, date: '2026-05-19', text: 'ok' });
		await flushDraft(db, userId, id);
		await saveDraft(userId, id, 'entry', { minutes: -5, text: 'texte gardé' });
		const result = await flushDraft(db, userId, id);
		expect(result.ok).toBe(false);
		expect(String(result.error)).toContain('négatif');
		expect((await getDraft(userId, id))?.patch.text).toBe('texte gardé');
		expect((await getEntry(db, id))?.text).toBe('ok');
	});

	it('recovers drafts left by a killed tab, including a week report not yet created', async () => {
		const e1 = entryId('2026-05-20');
		await saveDraft(userId, e1, 'entry', { stageId: stage, date: '2026-05-20', text: 'Câblage' });
		const w = weekId('2026-05-18', stage);
		await saveDraft(userId, w, 'week', { stageId: stage, monday: '2026-05-18', summary: 'Bilan' });

		const results = await recoverDrafts(db, userId);
		expect(results.every((r) => r.ok)).toBe(true);
		expect((await getEntry(db, e1))?.text).toBe('Câblage');
		expect((await getWeek(db, w))?.summary).toBe('Bilan');
	});

	it('does not delete a draft that received a newer keystroke during the flush', async () => {
		const id = entryId('2026-05-21');
		await saveDraft(userId, id, 'entry', { stageId: stage, date: '2026-05-21', text: 'a' });
		const flushing = flushDraft(db, userId, id);
		await saveDraft(userId, id, 'entry', { text: 'ab' });
		await flushing;
		expect((await getDraft(userId, id))?.patch.text).toBe('ab');
		await flushDraft(db, userId, id);
		expect((await getEntry(db, id))?.text).toBe('ab');
	});
});
