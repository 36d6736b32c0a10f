/**
 * Reads of stored documents for the checks of signed statements (visas, signatures): a document
 * or one of its revisions, parsed by the shared schemas with its `_rev` kept. Only the documented
 * CouchDB API is used, so the checks run on the embedded server and on a CouchDB 3 cluster alike.
 */
import { safeParseSyncedDocument } from '../../src/lib/domain/schemas/index.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError } from '../http/respond.ts';
import { couchFetch } from '../proxy/forward.ts';

export type Doc = Record<string, unknown>;

/** What `covers` may name: a plain document id and a CouchDB revision. */
export const DOC_ID = /^[A-Za-z0-9:._-]{1,300}$/;
export const REV = /^\d{1,10}-[0-9a-f]{1,64}$/;

/** The document parsed by the shared schemas, `_rev` kept; null when deleted or invalid. */
export function parseStored(raw: Doc): (Doc & { _id: string; _rev?: string }) | null {
	if (raw._deleted === true) return null;
	const result = safeParseSyncedDocument(raw);
	return result.success ? { ...result.data, _rev: raw._rev as string | undefined } : null;
}

/** The stored document (or the given revision of it), parsed; null when absent. */
export async function readStoredDoc(couch: CouchBackend, db: string, id: string, rev?: string) {
	const query = rev ? `?rev=${encodeURIComponent(rev)}` : '';
	const response = await couchFetch(couch, 'GET', `/${db}/${encodeURIComponent(id)}${query}`);
	if (response.status === 404) return null;
	if (!response.ok) throw new HttpError(502, 'Base de données indisponible.');
	return parseStored((await response.json()) as Doc);
}
