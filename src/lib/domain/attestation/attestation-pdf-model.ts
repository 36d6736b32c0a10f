/**
 * The attestation de stage as a layout-free model: the fields of the national model in its
 * order (organisme d’accueil, stagiaire, formation, période, durée effective, contenu,
 * gratification), every value already French, and the host organisation's signature box, filled
 * with the latest tutor signature when there is one (image, signer, date, verification code, and
 * whether the attestation changed after it was signed).
 */
import { formatDateShortFr } from '../calendar/dates.ts';
import { formatInstantFr, footerLabel } from '../exports/pdf-labels.ts';
import { activityById } from '../referentiel/referentiel.ts';
import type { Attestation } from '../schemas/attestation.schema.ts';
import { signatureState } from '../signature/signature-state.ts';
import { verificationCode } from '../visa/verification-code.ts';
import { durationLabel, effectiveDuration, formatHours } from './duration.ts';

export interface AttestationSection {
	title: string;
	rows: { label: string; value: string }[];
}

export interface AttestationSignatureBox {
	signerName: string;
	/** « Signé le 12 février 2027 à 17 h 05 ». */
	dateLabel: string;
	image: string;
	verificationCode: string;
	/** The attestation was edited after this signature: it no longer vouches for the text. */
	outdated: boolean;
}

export interface AttestationPdfModel {
	title: string;
	intro: string;
	sections: AttestationSection[];
	/** « 1.2 Réponse aux incidents et aux demandes d’assistance et d’évolution ». */
	activities: string[];
	/** Who signs for the host organisation (name, role), printed in the signature box. */
	signatory: string;
	signature: AttestationSignatureBox | null;
	/** Fields the national model asks for and the student left empty. */
	missing: string[];
	footer: string;
}

export interface AttestationSignatureInput {
	signerRole: 'tutor' | 'teacher';
	signerName: string;
	signedAt: string;
	signature: string;
	digest: string;
}

const orDash = (value: string | undefined) => (value && value.trim() ? value : '—');

/** `currentDigest`: `signedContentDigest` of the attestation as exported. */
export function buildAttestationPdfModel(input: {
	attestation: Attestation;
	hoursPerDay: number;
	signatures: readonly AttestationSignatureInput[];
	currentDigest: string;
	now?: Date;
}): AttestationPdfModel {
	const a = input.attestation;
	const duration = effectiveDuration({
		startDate: a.startDate,
		endDate: a.endDate,
		hoursPerDay: input.hoursPerDay,
		absences: a.absences
	});
	const absences = duration.absentHours
		? `${formatHours(duration.absentHours)} d’absence déduites`
		: 'aucune absence';
	const holidays = duration.holidays.length
		? `; jours fériés non travaillés : ${duration.holidays.map((h) => `${h.name} (${formatDateShortFr(h.date)})`).join(', ')}`
		: '';
	const missing = [
		a.school.trim() ? null : 'établissement d’enseignement',
		a.intern.birthDate ? null : 'date de naissance',
		a.intern.address ? null : 'adresse du stagiaire',
		a.organisation.address ? null : 'adresse de l’organisme d’accueil'
	].filter((m): m is string => m !== null);
	const tutor = signatureState(
		input.signatures.filter((s) => s.signerRole === 'tutor'),
		input.currentDigest
	).tutor;
	const activities = a.activityIds.map((id) => {
		const label = activityById(id)?.label;
		return label ? `${id} ${label}` : id;
	});
	const signatory = [a.organisation.representative, a.organisation.representativeRole]
		.filter(Boolean)
		.join(', ');
	return {
		title: 'Attestation de stage',
		intro: `Je soussigné·e, représentant l’organisme d’accueil ci-dessous, atteste que la personne stagiaire désignée ci-dessous a effectué un stage dans notre organisme, dans les conditions suivantes.`,
		sections: [
			{
				title: 'Organisme d’accueil',
				rows: [
					{ label: 'Nom', value: a.organisation.name },
					{ label: 'Adresse', value: orDash(a.organisation.address) },
					{ label: 'Représenté par', value: orDash(signatory) }
				]
			},
			{
				title: 'Stagiaire',
				rows: [
					{ label: 'Nom', value: a.intern.lastName.toLocaleUpperCase('fr') },
					{ label: 'Prénom', value: a.intern.firstName },
					{
						label: 'Date de naissance',
						value: a.intern.birthDate ? formatDateShortFr(a.intern.birthDate) : '—'
					},
					{ label: 'Adresse', value: orDash(a.intern.address) },
					{ label: 'Courriel', value: orDash(a.intern.email) }
				]
			},
			{
				title: 'Formation',
				rows: [
					{ label: 'Formation suivie', value: a.training },
					{ label: 'Établissement', value: orDash(a.school) }
				]
			},
			{
				title: 'Période et durée du stage',
				rows: [
					{
						label: 'Dates',
						value: `du ${formatDateShortFr(a.startDate)} au ${formatDateShortFr(a.endDate)}`
					},
					{ label: 'Durée effective totale', value: durationLabel(duration) },
					{
						label: 'Calcul',
						value: `${duration.workingDays} jours ouvrés à ${formatHours(input.hoursPerDay)}, ${absences}${holidays}. Chaque période de 7 heures de présence compte pour un jour, chaque période de 22 jours de présence pour un mois.`
					}
				]
			},
			{
				title: 'Contenu du stage',
				rows: [
					{
						label: 'Activités du référentiel du BTS pratiquées',
						value: activities.length ? activities.map((line) => `– ${line}`).join('\n') : '—'
					},
					...(a.contentNotes.trim() ? [{ label: 'Précisions', value: a.contentNotes.trim() }] : [])
				]
			},
			{
				title: 'Gratification',
				rows: [
					{
						label: 'Montant de la gratification',
						value: a.gratification.trim() || 'Aucune gratification versée'
					}
				]
			}
		],
		activities,
		signatory,
		signature: tutor
			? {
					signerName: tutor.signature.signerName,
					dateLabel: `Signé le ${formatInstantFr(tutor.signature.signedAt)}`,
					image: tutor.signature.signature,
					verificationCode: verificationCode(tutor.signature.digest),
					outdated: tutor.modifiedAfter
				}
			: null,
		missing,
		footer: footerLabel(input.now ?? new Date())
	};
}
