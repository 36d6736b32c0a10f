/**
 * Attestations de stage and the signatures given on them. One attestation per stage in
 * practice: the page opens the latest live one (a second device may have prepared another
 * offline; the newest `updatedAt` wins, the other stays stored and synced).
 */
import {
	attestationSchema,
	signatureSchema,
	type Attestation,
	type Signature
} from '$lib/domain/schemas/index.ts';
import { listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

const prefixOf = (stageId: string) => `attestation:${stageId.slice('stage:'.length)}:`;

export async function findAttestation(db: JournalDb, stageId: string): Promise<Attestation | null> {
	const all = await listDocs(db, prefixOf(stageId), attestationSchema);
	return all.reduce<Attestation | null>(
		(latest, doc) => (latest === null || doc.updatedAt > latest.updatedAt ? doc : latest),
		null
	);
}

/** Validates and stores `doc` (a new one or an edit); throws the zod error, French messages. */
export function saveAttestation(db: JournalDb, doc: Attestation): Promise<Attestation> {
	return updateDoc(db, doc._id, attestationSchema, (current) => ({
		...doc,
		createdAt: current?.createdAt ?? doc.createdAt,
		updatedAt: nowIso()
	}));
}

export function listAttestationSignatures(db: JournalDb, attestationId: string): Promise<Signature[]> {
	return listDocs(db, `signature:${attestationId}:`, signatureSchema);
}
