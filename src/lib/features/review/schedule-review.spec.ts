import { describe, expect, it } from 'vitest';
import { checkSchedule } from './schedule-review';

const input = {
	scheduledDate: '2026-06-03',
	scheduledTime: '14:00',
	participants: { student: 'Léa Martin', tutor: 'Karim Benali', teacher: '' }
};

describe('checkSchedule', () => {
	it('accepts a date, an optional time and the student’s name', () => {
		expect(checkSchedule(input).ok).toBe(true);
		expect(checkSchedule({ ...input, scheduledTime: '' }).ok).toBe(true);
	});

	it('explains each invalid field in French', () => {
		expect(checkSchedule({ ...input, scheduledDate: '03/06/2026' })).toEqual({
			ok: false,
			errors: { scheduledDate: 'Date du bilan invalide (format attendu : AAAA-MM-JJ).' }
		});
		expect(checkSchedule({ ...input, scheduledTime: '25:00' })).toEqual({
			ok: false,
			errors: { scheduledTime: 'Heure du bilan invalide (HH:MM).' }
		});
		const noStudent = { ...input, participants: { ...input.participants, student: ' ' } };
		expect(checkSchedule(noStudent)).toEqual({
			ok: false,
			errors: { 'participants.student': 'Nom de l’étudiant·e : ce champ est obligatoire.' }
		});
	});
});
