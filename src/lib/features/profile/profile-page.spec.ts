import '$lib/data/test-setup.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyJournal, openJournal } from '$lib/data/journal-db.ts';
import { getProfile, saveProfile } from '$lib/data/profile.repository.ts';
import { loadFormDraft, saveFormDraft } from '$lib/features/forms/form-draft.ts';
import { profileFormValues } from './profile-form.ts';
import { ProfilePage } from './profile-page.svelte.ts';

let userId = '';
const input = {
	firstName: 'Léa',
	lastName: 'Martin',
	className: 'SIO2 A',
	option: 'SLAM',
	trainingYear: 2,
	candidateNumber: '',
	trainingCentre: '',
	portfolioUrl: ''
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => destroyJournal(userId));

describe('ProfilePage', () => {
	it('shows the synced profile when the form was opened, untouched, before the first sync', async () => {
		userId = `p${Math.random().toString(36).slice(2, 10)}`;
		const db = openJournal(userId);
		const early = new ProfilePage(db, userId, 'Léa Martin');
		await early.open();
		const stop = early.watch();
		early.keepDraft();
		await settle();

		await saveProfile(db, input as never); // what the first sync brings
		await settle();
		expect(early.values.className).toBe('SIO2 A');
		expect(early.draftNotice).toBeNull();
		stop();

		const later = new ProfilePage(db, userId, 'Léa Martin');
		await later.open();
		expect(later.values).toEqual(profileFormValues(await getProfile(db)));
		expect(later.draftNotice).toBeNull();
	});

	it('never lets a draft saved with empty values (older app) hide the stored profile', async () => {
		userId = `p${Math.random().toString(36).slice(2, 10)}`;
		const db = openJournal(userId);
		await saveFormDraft(userId, 'profile', profileFormValues(null, 'Léa Martin'));
		await saveProfile(db, input as never);
		const page = new ProfilePage(db, userId, 'Léa Martin');
		await page.open();
		expect(page.values.option).toBe('SLAM');
		expect(page.draftNotice).toBeNull();
	});

	it('keeps what was typed, and says so when the stored profile changed since', async () => {
		userId = `p${Math.random().toString(36).slice(2, 10)}`;
		const db = openJournal(userId);
		const page = new ProfilePage(db, userId, 'Léa Martin');
		await page.open();
		page.values.className = 'SIO1 B';
		page.keepDraft();
		await settle();
		expect(await loadFormDraft(userId, 'profile')).toMatchObject({ base: null });

		await saveProfile(db, input as never); // synced from another device meanwhile
		const reopened = new ProfilePage(db, userId, 'Léa Martin');
		await reopened.open();
		expect(reopened.values.className).toBe('SIO1 B');
		expect(reopened.draftNotice).toMatch(/modifié depuis/);

		await reopened.discardDraft();
		expect(reopened.values.className).toBe('SIO2 A');
		expect(await loadFormDraft(userId, 'profile')).toBeNull();
	});
});
