/**
 * What the attestation page and its PDF read from the journal on this device: the stage, the
 * saved attestation (or a prefilled one, not stored until the student saves it) and the
 * signatures given on it. Works offline.
 */
import { findAttestation, listAttestationSignatures } from '$lib/data/attestation.repository.ts';
import { listEntriesOfStage } from '$lib/data/entry.repository.ts';
import type { JournalDb } from '$lib/data/journal-db.ts';
import { nowIso } from '$lib/data/documents.ts';
import { getProfile } from '$lib/data/profile.repository.ts';
import { getStage } from '$lib/data/stage.repository.ts';
import { newAttestation, practisedActivityIds } from '$lib/domain/attestation/new-attestation.ts';
import type { Attestation, Signature, Stage } from '$lib/domain/schemas/index.ts';

export interface AttestationData {
	stage: Stage;
	attestation: Attestation;
	/** False while the prefilled attestation has never been saved. */
	saved: boolean;
	/** Activities found in the journal's entries of this stage. */
	practised: string[];
	signatures: Signature[];
	option: 'SISR' | 'SLAM';
}

/** Throws (in French) when the stage or the profile is missing on this device. */
export async function loadAttestation(
	db: JournalDb,
	stageId: string,
	email?: string
): Promise<AttestationData> {
	const [stage, profile, entries, existing] = await Promise.all([
		getStage(db, stageId),
		getProfile(db),
		listEntriesOfStage(db, stageId),
		findAttestation(db, stageId)
	]);
	if (!stage) throw new Error('Ce stage est introuvable sur cet appareil.');
	if (!profile) throw new Error('Complétez votre profil avant de préparer l’attestation.');
	const attestation = existing ?? newAttestation({ stage, profile, entries, email, now: nowIso() });
	return {
		stage,
		attestation,
		saved: existing !== null,
		practised: practisedActivityIds(stageId, entries),
		signatures: existing ? await listAttestationSignatures(db, existing._id) : [],
		option: profile.option
	};
}
