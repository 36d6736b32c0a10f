/** SHA-256 through Web Crypto (`globalThis.crypto.subtle`), present in browsers and Node 24. */
export async function sha256Hex(data: string | Uint8Array | ArrayBuffer): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const hash = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
	return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}
