/**
 * The attestation form: flat strings in (as the inputs hold them), French messages per field
 * out, nothing stored while invalid. The typed values stay in a device draft until saved.
 */
import { saveAttestation } from '$lib/data/attestation.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { attestationSchema, type Attestation } from '$lib/domain/schemas/attestation.schema';
import { fieldErrors, type FieldErrors } from '$lib/domain/schemas/form-errors';
import { referentiel } from '$lib/domain/referentiel/referentiel';

export interface AbsenceValues {
	date: string;
	hours: string;
}

export interface AttestationFormValues {
	orgName: string;
	orgAddress: string;
	representative: string;
	representativeRole: string;
	lastName: string;
	firstName: string;
	birthDate: string;
	address: string;
	email: string;
	training: string;
	school: string;
	startDate: string;
	endDate: string;
	absences: AbsenceValues[];
	activityIds: string[];
	contentNotes: string;
	gratification: string;
}

/** « 3,5 » and « 3.5 » are 3.5 hours; anything else is passed on for the schema to refuse. */
const hoursOf = (text: string) => {
	const trimmed = text.trim().replace(',', '.');
	return trimmed === '' ? undefined : Number(trimmed);
};

const formatHours = (hours: number) => String(hours).replace('.', ',');

export function attestationFormValues(doc: Attestation): AttestationFormValues {
	return {
		orgName: doc.organisation.name,
		orgAddress: doc.organisation.address ?? '',
		representative: doc.organisation.representative ?? '',
		representativeRole: doc.organisation.representativeRole ?? '',
		lastName: doc.intern.lastName,
		firstName: doc.intern.firstName,
		birthDate: doc.intern.birthDate ?? '',
		address: doc.intern.address ?? '',
		email: doc.intern.email ?? '',
		training: doc.training,
		school: doc.school,
		startDate: doc.startDate,
		endDate: doc.endDate,
		absences: doc.absences.map((a) => ({ date: a.date, hours: formatHours(a.hours) })),
		activityIds: [...doc.activityIds],
		contentNotes: doc.contentNotes,
		gratification: doc.gratification
	};
}

/** The document the values describe, on top of `base` (its id, stage and dates of creation). */
export function attestationFromValues(base: Attestation, v: AttestationFormValues): unknown {
	return {
		...base,
		organisation: {
			name: v.orgName,
			address: v.orgAddress,
			representative: v.representative,
			representativeRole: v.representativeRole
		},
		intern: {
			lastName: v.lastName,
			firstName: v.firstName,
			birthDate: v.birthDate,
			address: v.address,
			email: v.email
		},
		training: v.training,
		school: v.school,
		startDate: v.startDate,
		endDate: v.endDate,
		absences: v.absences.map((a) => ({ date: a.date, hours: hoursOf(a.hours) })),
		// In référentiel order, whatever order they were ticked in.
		activityIds: referentiel.activities.map((a) => a.id).filter((id) => v.activityIds.includes(id)),
		contentNotes: v.contentNotes,
		gratification: v.gratification
	};
}

/** The form keys of the inputs, for the schema paths that differ from them. */
const FIELD_OF: Record<string, string> = {
	'organisation.name': 'orgName',
	'organisation.address': 'orgAddress',
	'organisation.representative': 'representative',
	'organisation.representativeRole': 'representativeRole',
	'intern.lastName': 'lastName',
	'intern.firstName': 'firstName',
	'intern.birthDate': 'birthDate',
	'intern.address': 'address',
	'intern.email': 'email'
};

export function formErrorsOf(errors: FieldErrors): FieldErrors {
	const out: FieldErrors = {};
	for (const [path, message] of Object.entries(errors)) {
		const key = FIELD_OF[path] ?? (path.startsWith('absences') ? 'absences' : path);
		out[key] ??= message;
	}
	return out;
}

export type AttestationFormResult =
	{ ok: true; attestation: Attestation } | { ok: false; errors: FieldErrors };

export async function submitAttestationForm(
	db: JournalDb,
	base: Attestation,
	values: AttestationFormValues
): Promise<AttestationFormResult> {
	const parsed = attestationSchema.safeParse(attestationFromValues(base, values));
	if (!parsed.success) return { ok: false, errors: formErrorsOf(fieldErrors(parsed.error)) };
	return { ok: true, attestation: await saveAttestation(db, parsed.data) };
}
