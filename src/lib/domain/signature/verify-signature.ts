/**
 * Checks a signature against the stored revision it names, before the gateway stores it. The
 * gateway reads `covers[0]` back (`GET /db/<id>?rev=<rev>`), parses it with the schemas and passes
 * it here (null when it does not exist). Guarantees when `ok`: the revision is the named target,
 * of the named type, live, of the signature's stage, a review is held, and `digest` is the
 * `signedContentDigest` of that revision.
 */
import { signedContentDigest } from './signed-content.ts';

export interface SignatureToVerify {
	targetType: string;
	targetId: string;
	stageId: string;
	digest: string;
}

export interface SignedTarget {
	_id: string;
	type: string;
	stageId?: string;
	status?: string;
	deleted?: boolean;
	[field: string]: unknown;
}

export type SignatureCheck = { ok: true } | { ok: false; message: string };

const fail = (message: string): SignatureCheck => ({ ok: false, message });

export async function verifySignature(
	signature: SignatureToVerify,
	target: SignedTarget | null
): Promise<SignatureCheck> {
	if (!target || target.deleted) {
		return fail('La version signée est introuvable : la signature ne peut pas être vérifiée.');
	}
	if (target._id !== signature.targetId || target.type !== signature.targetType) {
		return fail('La signature ne porte pas sur le document qu’elle nomme.');
	}
	if (target.stageId !== signature.stageId) {
		return fail('La signature ne correspond pas au stage du document signé.');
	}
	if (target.type === 'review' && target.status !== 'held') {
		return fail('Un bilan se signe une fois qu’il a eu lieu.');
	}
	if ((await signedContentDigest(target)) !== signature.digest) {
		return fail(
			'L’empreinte de la signature ne correspond pas au contenu signé : rechargez le document avant de signer.'
		);
	}
	return { ok: true };
}
