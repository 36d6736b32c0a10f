/**
 * Prepares an attestation from a stage: organisation and dates from the stage, intern from the
 * profile, training from the référentiel data, activities practised from the journal's entries
 * of the stage (sub-activities count for their activity, unknown ids are left out). Date of birth
 * and postal address stay empty: the student gives them on the attestation page only.
 */
import { newRand, randOf } from '../ids.ts';
import { activityById, referentiel, subActivityById } from '../referentiel/referentiel.ts';
import type { Attestation } from '../schemas/attestation.schema.ts';

export interface AttestationStage {
	_id: string;
	organisation: { name: string; address?: string | undefined };
	tutor: { name: string; role?: string | undefined };
	startDate: string;
	endDate: string;
}

export interface AttestationProfile {
	firstName: string;
	lastName: string;
	option: 'SISR' | 'SLAM';
	trainingCentre?: string | undefined;
}

export interface AttestationEntry {
	stageId: string;
	activityIds: readonly string[];
	deleted?: boolean | undefined;
}

/** `attestation:<start date>:<rand of the stage>:<rand>`. Throws on a malformed stage id. */
export function attestationId(stageId: string, rand = newRand()): string {
	const startDate = /^stage:(\d{4}-\d{2}-\d{2}):/.exec(stageId)?.[1];
	if (!startDate) throw new Error(`Identifiant de stage invalide : ${stageId}`);
	return `attestation:${startDate}:${randOf(stageId)}:${rand}`;
}

/** « BTS Services informatiques aux organisations, option A « Solutions d’infrastructure… » ». */
export function trainingLabel(option: 'SISR' | 'SLAM'): string {
	const label = referentiel.exam.options.find((o) => o.id === option)?.label ?? option;
	return `BTS ${referentiel.exam.diploma.name}, ${label.charAt(0).toLocaleLowerCase('fr')}${label.slice(1)}`;
}

/** Activity ids practised in the stage, each once, in référentiel order. */
export function practisedActivityIds(
	stageId: string,
	entries: readonly AttestationEntry[]
): string[] {
	const used = new Set<string>();
	for (const entry of entries) {
		if (entry.deleted || entry.stageId !== stageId) continue;
		for (const id of entry.activityIds) {
			const activity = activityById(id) ?? subActivityById(id)?.activity;
			if (activity) used.add(activity.id);
		}
	}
	return referentiel.activities.filter((a) => used.has(a.id)).map((a) => a.id);
}

export function newAttestation(input: {
	stage: AttestationStage;
	profile: AttestationProfile;
	entries: readonly AttestationEntry[];
	email?: string | undefined;
	now: string;
	rand?: string;
}): Attestation {
	const { stage, profile } = input;
	return {
		_id: attestationId(stage._id, input.rand),
		type: 'attestation',
		schemaVersion: 1,
		stageId: stage._id,
		organisation: {
			name: stage.organisation.name,
			...(stage.organisation.address ? { address: stage.organisation.address } : {}),
			representative: stage.tutor.name,
			...(stage.tutor.role ? { representativeRole: stage.tutor.role } : {})
		},
		intern: {
			lastName: profile.lastName,
			firstName: profile.firstName,
			...(input.email ? { email: input.email } : {})
		},
		training: trainingLabel(profile.option),
		school: profile.trainingCentre ?? '',
		startDate: stage.startDate,
		endDate: stage.endDate,
		absences: [],
		activityIds: practisedActivityIds(stage._id, input.entries),
		contentNotes: '',
		gratification: '',
		createdAt: input.now,
		updatedAt: input.now
	};
}
