import '$lib/data/test-setup.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db.ts';
import { getReview, saveReview } from '$lib/data/review.repository.ts';
import { reviewSchema } from '$lib/domain/schemas';
import { REVIEW_ID, validDocs } from '$lib/domain/schemas/fixtures';
import { loadFormDraft } from '$lib/features/forms/form-draft.ts';
import { ReviewEditor } from './review-editor.svelte.ts';

let userId = '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => destroyJournal(userId));

async function storedReview(): Promise<{ db: JournalDb; editor: () => Promise<ReviewEditor> }> {
	userId = `r${Math.random().toString(36).slice(2, 10)}`;
	const db = openJournal(userId);
	const { _rev: _rev, ...review } = reviewSchema.parse(validDocs.review);
	await saveReview(db, REVIEW_ID, () => review);
	return {
		db,
		editor: async () => {
			const opened = new ReviewEditor(db, userId, (await getReview(db, REVIEW_ID))!);
			await opened.open();
			return opened;
		}
	};
}

describe('ReviewEditor', () => {
	it('keeps each change on the device at once, and drops it once the journal holds it', async () => {
		const { db, editor } = await storedReview();
		const first = await editor();
		first.input.notes = 'Point sur GLPI.';
		first.changed();
		await settle();
		expect(await loadFormDraft(userId, REVIEW_ID)).toMatchObject({
			values: { notes: 'Point sur GLPI.' }
		});

		// A tab killed before the save: the next opening shows the draft and saves it.
		const reopened = await editor();
		expect(reopened.input.notes).toBe('Point sur GLPI.');
		expect(reopened.draftNotice).toBeNull();
		await reopened.flush();
		await settle();
		expect(reopened.saveState).toBe('saved');
		expect((await getReview(db, REVIEW_ID))?.notes).toBe('Point sur GLPI.');
		expect(await loadFormDraft(userId, REVIEW_ID)).toBeNull();
	});

	it('saves the valid fields beside the stored date while the date is retyped', async () => {
		const { db, editor } = await storedReview();
		const form = await editor();
		form.input.scheduledDate = '';
		form.input.notes = 'Tests de restauration.';
		form.changed();
		await form.flush();
		await settle();
		expect(form.saveState).toBe('partial');
		expect(form.errors.scheduledDate).toMatch(/^Date du bilan invalide/);
		expect(await getReview(db, REVIEW_ID)).toMatchObject({
			scheduledDate: '2026-06-17',
			notes: 'Tests de restauration.'
		});

		const reopened = await editor();
		expect(reopened.input).toMatchObject({ scheduledDate: '', notes: 'Tests de restauration.' });
		expect(reopened.errors.scheduledDate).toMatch(/^Date du bilan invalide/);
		expect(reopened.draftNotice).toBeNull();
		reopened.input.scheduledDate = '2026-06-18';
		reopened.changed();
		await reopened.flush();
		await settle();
		expect(reopened.saveState).toBe('saved');
		expect(reopened.errors).toEqual({});
		expect((await getReview(db, REVIEW_ID))?.scheduledDate).toBe('2026-06-18');
		expect(await loadFormDraft(userId, REVIEW_ID)).toBeNull();
	});

	it('says so when the review changed since the draft, and waits for the author', async () => {
		const { db, editor } = await storedReview();
		const form = await editor();
		form.input.notes = 'Saisi hors ligne.';
		form.changed();
		await settle();
		await saveReview(db, REVIEW_ID, (current) => ({ ...current!, status: 'planned' }));

		const reopened = await editor();
		expect(reopened.input.notes).toBe('Saisi hors ligne.');
		expect(reopened.draftNotice).toMatch(/modifié depuis/);
		await reopened.flush();
		expect((await getReview(db, REVIEW_ID))?.notes).not.toBe('Saisi hors ligne.');

		await reopened.discardDraft();
		expect(reopened.input.status).toBe('planned');
		expect(reopened.input.notes).toBe('Bonne intégration dans l’équipe.');
		expect(await loadFormDraft(userId, REVIEW_ID)).toBeNull();
	});
});
