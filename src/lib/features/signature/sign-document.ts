/**
 * Writes a signature of a review or an attestation on this device: the digest and the revision
 * it covers come from the local replica as it is now, so the signature names exactly what the
 * signer read. Works offline; the gateway checks the digest against the same revision.
 */
import { isNotFound } from '$lib/data/documents';
import type { JournalDb } from '$lib/data/journal-db';
import { createSignature } from '$lib/data/signature.repository';
import { signatureId, signedContentDigest } from '$lib/domain/signature';
import {
	safeParseSyncedDocument,
	SIGNED_TARGET_TYPES,
	type Signature,
	type SignedTargetType
} from '$lib/domain/schemas';

/** A signable document as stored here: a review or an attestation (with its stage). */
export type SignTarget = { _id: string; _rev?: string; type: SignedTargetType; stageId: string };

export interface SignInput {
	signerId: string;
	signerRole: 'tutor' | 'teacher';
	signerName: string;
	/** PNG data URL drawn on the SignaturePad. */
	signature: string;
	comment: string;
}

const signable = (type: string): type is SignedTargetType =>
	(SIGNED_TARGET_TYPES as readonly string[]).includes(type);

/** The live target parsed by its schema, or null (absent, deleted, unreadable, not signable). */
export async function readTarget(db: JournalDb, id: string): Promise<SignTarget | null> {
	let raw: unknown;
	try {
		raw = await db.get(id);
	} catch (error) {
		if (isNotFound(error)) return null;
		throw error;
	}
	const parsed = safeParseSyncedDocument(raw);
	if (!parsed.success || !signable(parsed.data.type)) return null;
	const doc = parsed.data as unknown as SignTarget & { deleted?: boolean };
	return doc.deleted ? null : doc;
}

/** Throws the schema's French error when the input is incomplete, or when the target is gone. */
export async function signDocument(
	db: JournalDb,
	targetId: string,
	input: SignInput
): Promise<Signature> {
	const target = await readTarget(db, targetId);
	if (!target?._rev) throw new Error('Ce document n’est pas encore arrivé sur cet appareil.');
	const signedAt = new Date().toISOString();
	return createSignature(db, {
		_id: signatureId(targetId, signedAt),
		type: 'signature',
		schemaVersion: 1,
		targetType: target.type,
		targetId,
		stageId: target.stageId,
		signerRole: input.signerRole,
		signerId: input.signerId,
		signerName: input.signerName.trim(),
		comment: input.comment.trim(),
		signature: input.signature,
		digest: await signedContentDigest(target),
		covers: [{ id: targetId, rev: target._rev }],
		signedAt
	});
}
