/** The attestation as its signer reads it: the same model as its PDF (fields in French). */
import type { JournalDb } from '$lib/data/journal-db';
import { getStage } from '$lib/data/stage.repository';
import {
	buildAttestationPdfModel,
	type AttestationPdfModel
} from '$lib/domain/attestation/attestation-pdf-model';
import type { Attestation } from '$lib/domain/schemas';

export async function attestationView(
	db: JournalDb,
	attestation: Attestation
): Promise<AttestationPdfModel> {
	const stage = await getStage(db, attestation.stageId);
	// Signatures are shown apart (SignaturesPanel), with their own state.
	return buildAttestationPdfModel({
		attestation,
		hoursPerDay: stage?.hoursPerDay ?? 7,
		signatures: [],
		currentDigest: ''
	});
}
