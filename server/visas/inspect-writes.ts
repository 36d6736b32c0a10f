/**
 * The verdict on each document of a write (`_bulk_docs` or a doc PUT/DELETE): the synchronous
 * write guard first, then, for new visas and comments, the checks that read CouchDB
 * (signed-doc-check.ts). A batch may not carry the same visa or comment twice: with
 * `new_edits: false` two revisions of one new id would become a changed signed statement.
 */
import type { UserDoc } from '../accounts/account-types.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { checkWrite, isSignedStatement, type Refusal } from '../proxy/write-guard.ts';
import { checkSignedDoc } from './signed-doc-check.ts';

type Doc = Record<string, unknown>;

export async function inspectWrites(
	couch: CouchBackend,
	db: string,
	user: UserDoc,
	docs: readonly unknown[],
	existing: ReadonlyMap<string, Doc>,
	newEdits: boolean
): Promise<(Refusal | null)[]> {
	const seen = new Set<string>();
	return Promise.all(
		docs.map(async (doc) => {
			const id = (doc as Doc | null)?._id;
			const old = typeof id === 'string' ? (existing.get(id) ?? null) : null;
			const refusal = checkWrite(doc, user, old, newEdits);
			const record = doc as Doc;
			if (refusal || !isSignedStatement(record.type)) return refusal;
			if (seen.has(id as string))
				return { status: 403, reason: 'Ce document signé figure deux fois dans l’envoi.' };
			seen.add(id as string);
			// A stored revision sent again unchanged (replication replay): nothing new to verify.
			if (old) return null;
			return checkSignedDoc(couch, db, record, user);
		})
	);
}
