import { describe, expect, it } from 'vitest';
import { attestationSchema } from '$lib/domain/schemas/attestation.schema';
import { fieldErrors } from '$lib/domain/schemas/form-errors';
import { validDocs } from '$lib/domain/schemas/fixtures';
import { attestationFormValues, attestationFromValues, formErrorsOf } from './attestation-form';

const doc = attestationSchema.parse(validDocs.attestation);

describe('attestation form', () => {
	it('turns a document into input strings and back, unchanged', () => {
		const values = attestationFormValues(doc);
		expect(values.absences).toEqual([{ date: '2026-06-12', hours: '3,5' }]);
		expect(values.birthDate).toBe('2006-04-12');
		expect(attestationSchema.parse(attestationFromValues(doc, values))).toEqual(doc);
	});

	it('reads decimal commas, drops emptied optional fields, keeps activities in référentiel order', () => {
		const values = {
			...attestationFormValues(doc),
			birthDate: '',
			address: '  ',
			absences: [
				{ date: '2026-06-15', hours: '7' },
				{ date: '2026-06-16', hours: '1,25' }
			],
			activityIds: ['A2.1', '1.1', '1.2']
		};
		const parsed = attestationSchema.parse(attestationFromValues(doc, values));
		expect(parsed.intern).toEqual({ lastName: 'Martin', firstName: 'Léa' });
		expect(parsed.absences).toEqual([
			{ date: '2026-06-15', hours: 7 },
			{ date: '2026-06-16', hours: 1.25 }
		]);
		expect(parsed.activityIds).toEqual(['1.1', '1.2', 'A2.1']);
	});

	it('maps schema errors to the inputs, in French', () => {
		const values = {
			...attestationFormValues(doc),
			orgName: '',
			email: 'lea@',
			absences: [{ date: '2026-06-15', hours: 'trois' }]
		};
		const result = attestationSchema.safeParse(attestationFromValues(doc, values));
		expect(result.success).toBe(false);
		const errors = formErrorsOf(fieldErrors(result.error!));
		expect(errors.orgName).toBe('Organisme d’accueil : ce champ est obligatoire.');
		expect(errors.email).toBe('Adresse e-mail du stagiaire invalide.');
		expect(errors.absences).toBe('Absence : nombre d’heures attendu.');
	});
});
