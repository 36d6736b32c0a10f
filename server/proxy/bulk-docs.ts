/**
 * `_bulk_docs` with per-document authorisation: refused documents get a CouchDB-style
 * `forbidden` row and the others are written, so one bad document cannot stall a whole
 * replication. `new_edits: false` bodies (replication) are checked exactly the same way.
 */
import type { ServerResponse } from 'node:http';
import type { UserDoc } from '../accounts/account-types.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError, sendJson } from '../http/respond.ts';
import { couchFetch } from './forward.ts';
import { inspectWrites } from '../visas/inspect-writes.ts';
import { isSignedStatement } from './write-guard.ts';

type Doc = Record<string, unknown>;

/** The current documents (with attachment stubs) for the ids being updated. */
export async function currentDocs(
	couch: CouchBackend,
	db: string,
	ids: string[]
): Promise<Map<string, Doc>> {
	const found = new Map<string, Doc>();
	if (ids.length === 0) return found;
	const response = await couchFetch(
		couch,
		'POST',
		`/${db}/_all_docs?include_docs=true`,
		JSON.stringify({ keys: ids })
	);
	if (!response.ok) throw new HttpError(502, 'Base de données indisponible.');
	const body = (await response.json()) as { rows: { key: string; doc?: Doc | null }[] };
	for (const row of body.rows) if (row.doc) found.set(row.key, row.doc);
	return found;
}

interface PartResult {
	/** One row per document of the part, in its order: a refusal, or CouchDB's answer. */
	rows: unknown[];
	/** Replication writes (`new_edits: false`): CouchDB's failures, then the refusals. */
	failures: unknown[];
	/** The documents CouchDB stored that did not exist before. */
	stored: Doc[];
	/** CouchDB refused the whole write: its status and answer, sent as is. */
	error?: { status: number; body: unknown };
}

/** Inspects then writes one group of documents (see `bulkDocs`). */
async function writePart(
	couch: CouchBackend,
	db: string,
	user: UserDoc,
	docs: unknown[],
	newEdits: boolean
): Promise<PartResult> {
	const ids = docs.flatMap((doc) => {
		const id = (doc as Doc | null)?._id;
		return typeof id === 'string' && !id.startsWith('_') ? [id] : [];
	});
	const existing = await currentDocs(couch, db, [...new Set(ids)]);
	const accepted: Doc[] = [];
	const refusals = await inspectWrites(couch, db, user, docs, existing, newEdits);
	const verdicts = docs.map((doc, i) => {
		const refusal = refusals[i];
		if (!refusal) accepted.push(doc as Doc);
		return refusal
			? { id: (doc as Doc | null)?._id, error: 'forbidden', reason: refusal.reason }
			: null;
	});
	let written: unknown[] = [];
	if (accepted.length > 0) {
		const response = await couchFetch(
			couch,
			'POST',
			`/${db}/_bulk_docs`,
			// Always re-serialised, never the caller's bytes: a body with duplicate keys would be
			// read one way here (JSON.parse keeps the last) and another way by CouchDB 3.
			JSON.stringify({ docs: accepted, new_edits: newEdits })
		);
		const result = (await response.json()) as unknown;
		if (!response.ok || !Array.isArray(result)) {
			return {
				rows: [],
				failures: [],
				stored: [],
				error: { status: response.status, body: result }
			};
		}
		written = result;
	}
	// The documents CouchDB stored (the audit trail records new signatures from them).
	const failed = new Set(
		written.flatMap((row) => {
			const { id, error } = row as { id?: unknown; error?: unknown };
			return error ? [id] : [];
		})
	);
	const stored = accepted.filter((doc) => !failed.has(doc._id) && !existing.has(doc._id as string));
	let next = 0;
	return {
		rows: newEdits ? verdicts.map((verdict) => verdict ?? written[next++]) : [],
		failures: [...written, ...verdicts.filter((verdict) => verdict !== null)],
		stored
	};
}

/**
 * Signed statements (visas, signatures, validations) are checked against the stored revisions
 * they name. A batch may carry those revisions too (a teacher signs the review they wrote
 * offline, and both leave in one push): the other documents are written first, then the signed
 * ones are inspected and written, so their check finds what they sign.
 */
export async function bulkDocs(
	res: ServerResponse,
	couch: CouchBackend,
	db: string,
	user: UserDoc,
	body: unknown
): Promise<Doc[]> {
	const request = body as { docs?: unknown; new_edits?: unknown };
	if (typeof body !== 'object' || body === null || !Array.isArray(request.docs)) {
		throw new HttpError(400, 'Requête invalide : liste de documents attendue.');
	}
	const docs = request.docs as unknown[];
	const newEdits = request.new_edits !== false;
	const signed = docs.map((doc) => isSignedStatement((doc as Doc | null)?.type));
	const rows: unknown[] = new Array(docs.length);
	const failures: unknown[] = [];
	const stored: Doc[] = [];
	for (const wanted of [false, true]) {
		const positions = docs.flatMap((_, i) => (signed[i] === wanted ? [i] : []));
		if (positions.length === 0) continue;
		const part = await writePart(
			couch,
			db,
			user,
			positions.map((i) => docs[i]),
			newEdits
		);
		if (part.error) {
			sendJson(res, part.error.status, part.error.body);
			return stored;
		}
		positions.forEach((position, k) => (rows[position] = part.rows[k]));
		failures.push(...part.failures);
		stored.push(...part.stored);
	}
	// CouchDB answers replication writes with the failures only.
	sendJson(res, 201, newEdits ? rows : failures);
	return stored;
}
