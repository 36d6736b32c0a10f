import { describe, expect, it } from 'vitest';
import { entryFieldsSchema, parseForm, profileInputSchema, stageInputSchema } from './index.ts';

const stageForm = {
	organisation: { name: 'Mairie de Lyon', address: '' },
	tutor: { name: 'Karim Benali', role: '', email: '', phone: '' },
	startDate: '2026-06-01',
	endDate: '2026-07-03',
	trainingYear: '1',
	conventionRef: '',
	objectives: '',
	hoursPerDay: ''
};

describe('form schemas', () => {
	it('reads a stage form: empty optional fields vanish, numbers are parsed, defaults apply', () => {
		const result = parseForm(stageInputSchema, stageForm);
		expect(result).toEqual({
			ok: true,
			data: {
				organisation: { name: 'Mairie de Lyon' },
				tutor: { name: 'Karim Benali' },
				startDate: '2026-06-01',
				endDate: '2026-07-03',
				trainingYear: 1,
				hoursPerDay: 7
			}
		});
		const decimal = parseForm(stageInputSchema, { ...stageForm, hoursPerDay: '7,5' });
		expect(decimal.ok && decimal.data.hoursPerDay).toBe(7.5);
	});

	it('reports every field at once in French, dates order included', () => {
		const result = parseForm(stageInputSchema, {
			...stageForm,
			organisation: { name: '  ' },
			tutor: { name: 'K', email: 'pas-un-mail' },
			endDate: '2026-05-01',
			trainingYear: '3'
		});
		expect(result).toEqual({
			ok: false,
			errors: {
				'organisation.name': 'Organisation d’accueil : ce champ est obligatoire.',
				'tutor.email': 'Adresse e-mail du tuteur·rice invalide.',
				trainingYear: 'Année de formation : 1 ou 2.',
				endDate: 'La date de fin doit être après la date de début.'
			}
		});
	});

	it('flags an impossible date', () => {
		const result = parseForm(stageInputSchema, { ...stageForm, startDate: '2026-02-30' });
		expect(result.ok ? {} : result.errors).toEqual({ startDate: 'Date de début invalide.' });
	});

	it('reads a profile form', () => {
		expect(
			parseForm(profileInputSchema, {
				firstName: ' Léa ',
				lastName: 'Martin',
				className: '',
				option: 'SLAM',
				trainingYear: '2'
			})
		).toEqual({
			ok: true,
			data: { firstName: 'Léa', lastName: 'Martin', option: 'SLAM', trainingYear: 2 }
		});
		const bad = parseForm(profileInputSchema, { firstName: '', lastName: 'M', option: 'X' });
		expect(bad.ok ? {} : bad.errors).toEqual({
			firstName: 'Prénom : ce champ est obligatoire.',
			option: 'Option : SISR ou SLAM.',
			trainingYear: 'Année de formation : 1 ou 2.'
		});
	});

	it('validates a partial entry patch', () => {
		const patch = entryFieldsSchema.partial();
		expect(parseForm(patch, { minutes: 90 }).ok).toBe(true);
		const bad = parseForm(patch, { minutes: 2000, tools: [''] });
		expect(bad.ok ? {} : bad.errors).toEqual({
			minutes: 'Temps passé : 24 heures au maximum par jour.',
			'tools.0': 'Outil : nom vide.'
		});
	});

	it('falls back to zod’s French locale where no message is written', () => {
		const bad = parseForm(entryFieldsSchema.pick({ confidential: true }), { confidential: 'oui' });
		expect(bad.ok ? '' : bad.errors.confidential).toMatch(/attendu/i);
	});
});
