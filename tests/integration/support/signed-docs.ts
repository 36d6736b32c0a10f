/** Shared by the tests that write signed documents (visas, signatures, attestations). */
import { expect } from 'vitest';
import type { UserClient } from './gateway-client.ts';

export type Doc = Record<string, unknown> & { _id: string; _rev?: string };

/** A 1×1 PNG: the smallest drawn signature the schemas accept. */
export const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The document as the server stores it (its current revision). */
export async function stored(client: UserClient, journal: string, id: string): Promise<Doc> {
	const response = await client.fetch(`/couch/${journal}/${encodeURIComponent(id)}`);
	expect(response.status).toBe(200);
	return (await response.json()) as Doc;
}

/** The French reason of a CouchDB-shaped refusal. */
export async function reason(response: Response): Promise<string> {
	return ((await response.json()) as { reason: string }).reason;
}
