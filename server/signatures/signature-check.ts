/**
 * A new `signature` (of a review or an attestation) must name the exact stored revision it
 * signed: the gateway reads `covers[0]` back from CouchDB and the shared `verifySignature`
 * recomputes its digest. A signature copied into another journal fails there (the revision is
 * not found). The write guard already made it immutable and signed in the caller's name.
 */
import { verifySignature, type SignedTarget } from '../../src/lib/domain/signature/index.ts';
import type { CouchBackend } from '../couch/backend.ts';
import type { Refusal } from '../proxy/write-guard.ts';
import { DOC_ID, REV, readStoredDoc, type Doc } from './stored-docs.ts';

export async function checkSignature(
	couch: CouchBackend,
	db: string,
	signature: Doc
): Promise<Refusal | null> {
	const [cover] = signature.covers as { id: string; rev: string }[];
	if (!cover || !DOC_ID.test(cover.id) || !REV.test(cover.rev)) {
		return { status: 403, reason: 'La signature nomme un document invalide.' };
	}
	const target = await readStoredDoc(couch, db, cover.id, cover.rev);
	const check = await verifySignature(
		{
			targetType: signature.targetType as string,
			targetId: signature.targetId as string,
			stageId: signature.stageId as string,
			digest: signature.digest as string
		},
		target as SignedTarget | null
	);
	return check.ok ? null : { status: 403, reason: check.message };
}
