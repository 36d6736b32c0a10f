import { newRand } from '../ids.ts';

/** `signature:<targetId>:<signedAt>:<rand>`: signatures of a document list in signing order. */
export function signatureId(targetId: string, signedAt: string, rand = newRand()): string {
	return `signature:${targetId}:${signedAt}:${rand}`;
}
