import './test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createEntry, deleteEntry, listEntries, updateEntry } from './entry.repository.ts';
import { destroyJournal, openJournal, type JournalDb } from './journal-db.ts';
import { getProfile, saveProfile } from './profile.repository.ts';
import { listStages, saveStage } from './stage.repository.ts';
import { getWeek, submitWeek } from './week.repository.ts';
import { weekId } from '$lib/domain/ids.ts';

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId));

const stageInput = {
	organisation: { name: 'Mairie de Lyon' },
	tutor: { name: 'Mme Durand' },
	startDate: '2026-05-18',
	endDate: '2026-06-19',
	trainingYear: 1
} as const;

describe('repositories', () => {
	it('stores a valid stage and refuses an invalid one with a French message', async () => {
		const stage = await saveStage(db, stageInput);
		expect(stage._id.startsWith('stage:2026-05-18:')).toBe(true);
		expect(stage.hoursPerDay).toBe(7);
		const attempt = saveStage(db, { ...stageInput, endDate: '2026-05-01' });
		await expect(attempt).rejects.toBeInstanceOf(ZodError);
		await expect(attempt).rejects.toThrow(/date de fin doit être après/);
		expect(await listStages(db)).toHaveLength(1);
	});

	it('lists entries by date range and hides soft-deleted ones', async () => {
		const stage = await saveStage(db, stageInput);
		const a = await createEntry(db, { stageId: stage._id, date: '2026-05-18' });
		const b = await createEntry(db, { stageId: stage._id, date: '2026-05-19' });
		await createEntry(db, { stageId: stage._id, date: '2026-05-26' });
		await updateEntry(db, b._id, { text: 'Mise à jour du parc' });
		await deleteEntry(db, a._id);
		const week = await listEntries(db, { from: '2026-05-18', to: '2026-05-24' });
		expect(week.map((e) => e.text)).toEqual(['Mise à jour du parc']);
	});

	it('survives concurrent writers of the same document (two tabs)', async () => {
		const stage = await saveStage(db, stageInput);
		const entry = await createEntry(db, { stageId: stage._id, date: '2026-05-18' });
		await Promise.all([
			updateEntry(db, entry._id, { text: 'onglet 1' }),
			updateEntry(db, entry._id, { minutes: 90 })
		]);
		const [stored] = await listEntries(db);
		expect(stored).toMatchObject({ text: 'onglet 1', minutes: 90 });
	});

	it('submits a week with its digest and keeps the profile', async () => {
		const stage = await saveStage(db, stageInput);
		const digest = 'a'.repeat(64);
		await submitWeek(db, { stageId: stage._id, monday: '2026-05-18' }, digest);
		const week = await getWeek(db, weekId('2026-05-18', stage._id));
		expect(week).toMatchObject({ status: 'submitted', submittedDigest: digest });
		await saveProfile(db, { firstName: 'Léa', lastName: 'Martin', option: 'SISR', trainingYear: 2 });
		expect((await getProfile(db))?.firstName).toBe('Léa');
	});
});
