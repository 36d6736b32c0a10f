import './test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { blankAchievement } from '$lib/domain/portfolio/new-achievement.ts';
import {
	attachAchievementFile,
	createAchievement,
	detachAchievementFile,
	getAchievementFile,
	deleteAchievement,
	getAchievement,
	listAchievements,
	updateAchievement
} from './achievement.repository.ts';
import { flushDraft, saveDraft } from './draft.repository.ts';
import { destroyJournal, openJournal, type JournalDb } from './journal-db.ts';

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId));

const fresh = () =>
	blankAchievement({ now: new Date().toISOString(), today: '2026-06-05', trainingYear: 2 });

describe('achievement repository', () => {
	it('creates, edits, refuses an invalid edit in French and soft-deletes', async () => {
		const created = await createAchievement(db, fresh());
		await updateAchievement(db, created._id, { title: 'Serveur DHCP', competenceIds: ['C1.2.2'] });
		const attempt = updateAchievement(db, created._id, { endDate: '2026-01-01' });
		await expect(attempt).rejects.toBeInstanceOf(ZodError);
		await expect(attempt).rejects.toThrow(/La fin de la période précède son début/);
		expect(await getAchievement(db, created._id)).toMatchObject({
			title: 'Serveur DHCP',
			endDate: '2026-06-05'
		});
		await deleteAchievement(db, created._id);
		expect(await listAchievements(db)).toEqual([]);
		expect((await getAchievement(db, created._id))?.deleted).toBe(true);
	});

	it('folds a keystroke draft into the achievement', async () => {
		const created = await createAchievement(db, fresh());
		await saveDraft(userId, created._id, 'achievement', { description: 'Étendue DHCP créée' });
		expect(await flushDraft(db, userId, created._id)).toEqual({ docId: created._id, ok: true });
		expect((await getAchievement(db, created._id))?.description).toBe('Étendue DHCP créée');
	});

	// Storing the bytes needs a browser Blob (pouchdb-browser): the e2e test attaches a real PDF.
	it('refuses a file its schema refuses before writing anything', async () => {
		const created = await createAchievement(db, fresh());
		const data = new Blob(['MZ'], { type: 'application/x-msdownload' });
		await expect(
			attachAchievementFile(db, created._id, { name: 'outil.exe', type: data.type, data })
		).rejects.toBeInstanceOf(ZodError);
		await detachAchievementFile(db, created._id, 'absent.pdf');
		expect(await getAchievement(db, created._id)).toMatchObject({ _rev: created._rev });
		expect(await getAchievementFile(db, created._id, 'absent.pdf')).toBeNull();
	});
});
