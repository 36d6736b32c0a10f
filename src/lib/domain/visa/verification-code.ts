/**
 * A short code printed on PDFs so that a reader can check a paper copy against the app: the first
 * 40 bits of the week digest in Crockford base32, two groups of four (`7F3K-92QD`). Crockford's
 * alphabet has no I, L, O or U, so nothing read aloud or copied by hand is ambiguous; when a code
 * is typed back, `o`/`i`/`l` are read as 0/1/1 and case, spaces and dashes are ignored.
 * 40 bits identify a digest among the weeks of a school, they do not replace it.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DIGEST_RE = /^[0-9a-f]{64}$/i;

/** Throws a RangeError when `digest` is not a 64-character hex SHA-256. */
export function verificationCode(digest: string): string {
	if (!DIGEST_RE.test(digest))
		throw new RangeError('Empreinte invalide : 64 caractères hexadécimaux attendus.');
	// 10 hex digits = 40 bits = 8 base32 symbols; 40 bits stay exact in a JS number.
	let bits = parseInt(digest.slice(0, 10), 16);
	let code = '';
	for (let i = 0; i < 8; i++) {
		code = ALPHABET[bits % 32] + code;
		bits = Math.floor(bits / 32);
	}
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The canonical form of a code typed by a person (`7f3k 92qd`, `7F3K92QD`), or null when it cannot
 * be one. Never throws.
 */
export function normalizeVerificationCode(input: string): string | null {
	const symbols = input
		.toUpperCase()
		.replace(/[\s-]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
	if (symbols.length !== 8 || [...symbols].some((c) => !ALPHABET.includes(c))) return null;
	return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * Whether a typed code is the code of `digest`. Never throws: an invalid digest or code is simply
 * not a match.
 */
export function matchesVerificationCode(input: string, digest: string): boolean {
	if (!DIGEST_RE.test(digest)) return false;
	return normalizeVerificationCode(input) === verificationCode(digest);
}
