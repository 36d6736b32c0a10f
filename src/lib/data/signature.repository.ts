/**
 * Signatures of reviews and attestations: immutable documents (the gateway refuses any change or
 * deletion), created on the signer's device in the local replica; the sync pushes them.
 */
import { signatureSchema, type Signature } from '$lib/domain/schemas/index.ts';
import { listDocs } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Signatures of one document (`signature:<targetId>:…`), oldest first; all without target. */
export function listSignatures(db: JournalDb, targetId?: string): Promise<Signature[]> {
	return listDocs(db, targetId ? `signature:${targetId}:` : 'signature:', signatureSchema);
}

/** Throws the schema's French error when invalid, or 409 if the id exists. */
export async function createSignature(db: JournalDb, signature: Signature): Promise<Signature> {
	const { _rev: _ignored, ...fresh } = signatureSchema.parse(signature);
	const result = await db.put(fresh);
	return { ...fresh, _rev: result.rev };
}
