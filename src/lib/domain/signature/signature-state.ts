/**
 * Where a signed document stands for each signer: the latest signature of the tutor and of the
 * teacher, each valid or « modifié après signature » (the target's current digest differs from
 * the digest signed). The caller computes `currentDigest` with `signedContentDigest`.
 */
export interface SignatureLike {
	signerRole: 'tutor' | 'teacher';
	signerName: string;
	signedAt: string;
	digest: string;
}

export interface SignerState<S extends SignatureLike> {
	signature: S;
	/** The target changed since this signature: it needs a new one. */
	modifiedAfter: boolean;
}

export interface SignatureState<S extends SignatureLike> {
	tutor: SignerState<S> | null;
	teacher: SignerState<S> | null;
}

function latest<S extends SignatureLike>(signatures: readonly S[], role: S['signerRole']) {
	return signatures
		.filter((s) => s.signerRole === role)
		.reduce<S | null>((last, s) => (last === null || s.signedAt > last.signedAt ? s : last), null);
}

export function signatureState<S extends SignatureLike>(
	signatures: readonly S[],
	currentDigest: string
): SignatureState<S> {
	const state = (role: S['signerRole']): SignerState<S> | null => {
		const signature = latest(signatures, role);
		return signature ? { signature, modifiedAfter: signature.digest !== currentDigest } : null;
	};
	return { tutor: state('tutor'), teacher: state('teacher') };
}

/** Whether this role still has to sign (never signed, or the target changed since). */
export function needsSignature<S extends SignatureLike>(
	state: SignatureState<S>,
	role: 'tutor' | 'teacher'
): boolean {
	const signer = state[role];
	return signer === null || signer.modifiedAfter;
}
