import { describe, expect, it } from 'vitest';
import { attestationSchema } from '../schemas/attestation.schema.ts';
import { validDocs } from '../schemas/fixtures.ts';
import { signedContentDigest } from '../signature/signed-content.ts';
import { verificationCode } from '../visa/verification-code.ts';
import { buildAttestationPdfModel } from './attestation-pdf-model.ts';

const attestation = attestationSchema.parse(validDocs.attestation);
const now = new Date('2026-07-03T16:00:00Z');
const signature = (digest: string, over: object = {}) => ({
	signerRole: 'tutor' as const,
	signerName: 'Karim Benali',
	signedAt: '2026-07-03T15:05:00.000Z',
	signature: 'data:image/png;base64,iVBORw0KGgo=',
	digest,
	...over
});
const rows = (model: ReturnType<typeof buildAttestationPdfModel>) =>
	Object.fromEntries(model.sections.flatMap((s) => s.rows.map((r) => [r.label, r.value])));

describe('buildAttestationPdfModel', () => {
	it('states the fields of the national model in French, with the duration and how it was computed', async () => {
		const model = buildAttestationPdfModel({
			attestation,
			hoursPerDay: 7,
			signatures: [],
			currentDigest: await signedContentDigest(attestation),
			now
		});
		expect(model.sections.map((s) => s.title)).toEqual([
			'Organisme d’accueil',
			'Stagiaire',
			'Formation',
			'Période et durée du stage',
			'Contenu du stage',
			'Gratification'
		]);
		const r = rows(model);
		expect(r['Date de naissance']).toBe('12 avril 2006');
		expect(r['Dates']).toBe('du 1 juin 2026 au 3 juillet 2026');
		// 25 weekdays, no holiday, 3 h 30 absent: 171 h 30 → 24 days (1 month and 2 days).
		expect(r['Durée effective totale']).toBe(
			'24 jours (1 mois et 2 jours), soit 171 h 30 de présence'
		);
		expect(r['Calcul']).toMatch(/^25 jours ouvrés à 7 h, 3 h 30 d’absence déduites\./);
		expect(r['Activités du référentiel du BTS pratiquées']).toBe(
			'– 1.2 Réponse aux incidents et aux demandes d’assistance et d’évolution\n– A2.1 Conception d’une solution d’infrastructure'
		);
		expect(r['Montant de la gratification']).toBe('Aucune gratification versée');
		expect(r['Adresse']).toBe('—');
		expect(model.missing).toEqual(['adresse du stagiaire', 'adresse de l’organisme d’accueil']);
		expect(model.signature).toBeNull();
	});

	it('fills the signature box with the latest tutor signature, and says when the text changed since', async () => {
		const digest = await signedContentDigest(attestation);
		const older = signature('a'.repeat(64), { signedAt: '2026-07-01T10:00:00.000Z' });
		const teacher = signature(digest, { signerRole: 'teacher', signerName: 'Mme Durand' });
		const signed = buildAttestationPdfModel({
			attestation,
			hoursPerDay: 7,
			signatures: [older, signature(digest), teacher],
			currentDigest: digest,
			now
		});
		expect(signed.signature).toEqual({
			signerName: 'Karim Benali',
			dateLabel: 'Signé le 3 juillet 2026 à 17 h 05',
			image: 'data:image/png;base64,iVBORw0KGgo=',
			verificationCode: verificationCode(digest),
			outdated: false
		});
		const edited = { ...attestation, gratification: '4,35 € de l’heure' };
		const after = buildAttestationPdfModel({
			attestation: edited,
			hoursPerDay: 7,
			signatures: [signature(digest)],
			currentDigest: await signedContentDigest(edited),
			now
		});
		expect(after.signature?.outdated).toBe(true);
		expect(rows(after)['Montant de la gratification']).toBe('4,35 € de l’heure');
	});
});
