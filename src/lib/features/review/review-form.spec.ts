import { describe, expect, it } from 'vitest';
import { reviewSchema } from '$lib/domain/schemas';
import { validDocs } from '$lib/domain/schemas/fixtures';
import { checkReviewForm, reviewFormValues } from './review-form.ts';

const review = reviewSchema.parse(validDocs.review);
const stored = reviewFormValues(review);

describe('reviewFormValues', () => {
	it('keeps the form fields of a review, in one shape whatever the order they came in', () => {
		expect(stored).toEqual({
			scheduledDate: '2026-06-17',
			scheduledTime: '14:00',
			participants: { student: 'Léa Martin', tutor: 'Karim Benali', teacher: 'Mme Durand' },
			status: 'held',
			notes: 'Bonne intégration dans l’équipe.',
			objectives: ['Documenter chaque intervention dans GLPI.'],
			competenceIds: ['C1.2', 'C1.5']
		});
		const { notes, ...others } = stored;
		const reordered = { notes, ...others };
		expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(stored));
		expect(JSON.stringify(reviewFormValues(reordered))).toBe(JSON.stringify(stored));
	});

	it('shows no time as an empty one, so clearing the time is not typing', () => {
		const { scheduledTime: _time, ...untimed } = review;
		expect(reviewFormValues(untimed).scheduledTime).toBe('');
	});

	it('leaves out an objective line just added, and keeps typed text as it is', () => {
		const values = reviewFormValues({ ...stored, objectives: ['  GLPI ', ''] });
		expect(values.objectives).toEqual(['  GLPI ']);
	});

	it('fills what a draft lacks or mistypes from the fallback', () => {
		const values = reviewFormValues(
			{ notes: 'Nouveau', status: 'perdu' as 'held', participants: { student: 'Léa' } as never },
			stored
		);
		expect(values).toEqual({
			...stored,
			notes: 'Nouveau',
			participants: { ...stored.participants, student: 'Léa' }
		});
	});
});

describe('checkReviewForm', () => {
	it('accepts valid values, trimming objectives and dropping an empty time', () => {
		const check = checkReviewForm({
			...stored,
			scheduledTime: '',
			objectives: [' Tester les sauvegardes. ', '   ']
		});
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.data.objectives).toEqual(['Tester les sauvegardes.']);
		expect('scheduledTime' in check.data).toBe(false);
	});

	it('refuses a date being retyped in French, and keeps the stored date for the rest', () => {
		const check = checkReviewForm({ ...stored, scheduledDate: '', notes: 'Point sur GLPI.' });
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.errors).toEqual({
			scheduledDate: 'Date du bilan invalide (format attendu : AAAA-MM-JJ).'
		});
		const kept = check.keepValid({ ...review, scheduledDate: '2026-06-20' });
		expect(kept).toMatchObject({ scheduledDate: '2026-06-20', notes: 'Point sur GLPI.' });
	});

	it('sets back only the participant refused, and a refused time to none when none is stored', () => {
		const check = checkReviewForm({
			...stored,
			scheduledTime: '25:00',
			participants: { student: '  ', tutor: 'Karim B.', teacher: 'Mme Durand' }
		});
		if (check.ok) throw new Error('expected a refusal');
		expect(Object.keys(check.errors).sort()).toEqual(['participants.student', 'scheduledTime']);
		const { scheduledTime: _time, ...untimed } = review;
		const kept = check.keepValid(untimed);
		expect(kept?.participants).toEqual({
			student: 'Léa Martin',
			tutor: 'Karim B.',
			teacher: 'Mme Durand'
		});
		expect(kept && 'scheduledTime' in kept).toBe(false);
	});
});
