/**
 * The content a `signature` signs: the target document as its schema parsed it, minus what says
 * nothing about its content (CouchDB metadata and `updatedAt`). Generic on purpose: a review and
 * an attestation are signed by the same rule, so a field added to either is signed too. A re-save
 * without change keeps the signature valid; any edit of a field breaks it.
 */
import { canonicalJson } from '../digest/canonical-json.ts';
import { sha256Hex } from '../digest/sha256.ts';

const NOT_CONTENT = new Set([
	'_rev',
	'_revisions',
	'_conflicts',
	'_attachments',
	'_deleted',
	'updatedAt'
]);

/** Any stored document: the generic rule reads every field. */
export type SignableContent = { readonly _id: string; readonly [field: string]: unknown };

export function signedContent(doc: SignableContent): Record<string, unknown> {
	return Object.fromEntries(Object.entries(doc).filter(([key]) => !NOT_CONTENT.has(key)));
}

/** SHA-256 (hex) of the canonical JSON of `signedContent(doc)`. Throws what `canonicalJson` throws. */
export function signedContentDigest(doc: SignableContent): Promise<string> {
	return sha256Hex(canonicalJson(signedContent(doc)));
}
