/**
 * What the gateway checks, beyond the write guard, before a visa or a comment is stored. A tutor
 * invited by a link signs and comments only the stage of that link. A visa must name exactly the
 * revisions it signed: each `covers` revision is read back from CouchDB (`GET /db/<id>?rev=`),
 * with the current documents of the week (`_all_docs` keys and key ranges), and the shared
 * `verifyVisaDigest` decides. Only the documented CouchDB API is used, so the same check runs on
 * the embedded server and on a CouchDB 3 cluster.
 */
import type { UserDoc } from '../accounts/account-types.ts';
import { addDays } from '../../src/lib/domain/calendar/dates.ts';
import { mondayOfWeekId, typeOfId, weekBelongsToStage } from '../../src/lib/domain/ids.ts';
import { verifyVisaDigest, type CoveredDoc } from '../../src/lib/domain/visa/verify-visa-digest.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError } from '../http/respond.ts';
import { couchFetch } from '../proxy/forward.ts';
import type { Refusal } from '../proxy/write-guard.ts';
import { checkValidation } from '../portfolio/validation-check.ts';
import { checkSignature } from '../signatures/signature-check.ts';
import { DOC_ID, parseStored, readStoredDoc, REV, type Doc } from '../signatures/stored-docs.ts';

/** A week has a handful of entries and photos; the cap bounds the reads one visa may cause. */
export const MAX_COVERS = 300;

const forbidden = (reason: string): Refusal => ({ status: 403, reason });

const readDoc = (couch: CouchBackend, db: string, id: string, rev?: string) =>
	readStoredDoc(couch, db, id, rev) as Promise<CoveredDoc | null>;

async function allDocs(couch: CouchBackend, db: string, query: string, body?: unknown) {
	const response = await couchFetch(
		couch,
		body === undefined ? 'GET' : 'POST',
		`/${db}/_all_docs?include_docs=true${query}`,
		body === undefined ? undefined : JSON.stringify(body)
	);
	if (!response.ok) throw new HttpError(502, 'Base de données indisponible.');
	const rows = ((await response.json()) as { rows: { doc?: Doc | null }[] }).rows;
	return rows.flatMap((row) => {
		const doc = row.doc ? (parseStored(row.doc) as CoveredDoc | null) : null;
		return doc ? [doc] : [];
	});
}

/** The current week report, entries dated in the week and photos of those days. */
async function currentWeekDocs(couch: CouchBackend, db: string, weekId: string, monday: string) {
	const sunday = addDays(monday, 6);
	const range = (type: string) =>
		`&startkey=${encodeURIComponent(JSON.stringify(`${type}:${monday}`))}` +
		`&endkey=${encodeURIComponent(JSON.stringify(`${type}:${sunday}\ufff0`))}`;
	const [week, entries, photos] = await Promise.all([
		allDocs(couch, db, '', { keys: [weekId] }),
		allDocs(couch, db, range('entry')),
		allDocs(couch, db, range('photo'))
	]);
	return [...week, ...entries, ...photos];
}

async function checkVisa(couch: CouchBackend, db: string, visa: Doc): Promise<Refusal | null> {
	const covers = visa.covers as { id: string; rev: string }[];
	const weekId = visa.weekId as string;
	const monday = mondayOfWeekId(weekId);
	if (covers.length > MAX_COVERS) return forbidden('Le visa nomme trop de documents.');
	if (!monday || covers.some((cover) => !DOC_ID.test(cover.id) || !REV.test(cover.rev)))
		return forbidden('Le visa nomme un document invalide.');
	const [covered, current] = await Promise.all([
		Promise.all(covers.map((cover) => readDoc(couch, db, cover.id, cover.rev))),
		currentWeekDocs(couch, db, weekId, monday)
	]);
	const check = await verifyVisaDigest({
		visa: {
			weekId,
			stageId: visa.stageId as string,
			digest: visa.digest as string,
			covers
		},
		coveredDocs: [...covered.filter((doc) => doc !== null), ...current]
	});
	return check.ok ? null : forbidden(check.message);
}

/** Whether the thing a comment targets belongs to `stageId` (entries and photos are read). */
async function targetInStage(couch: CouchBackend, db: string, targetId: string, stageId: string) {
	const type = typeOfId(targetId);
	if (type === 'stage') return targetId === stageId;
	if (type === 'week') return weekBelongsToStage(targetId, stageId);
	if (!DOC_ID.test(targetId)) return false;
	const target = (await readDoc(couch, db, targetId)) as { stageId?: unknown } | null;
	return target !== null && target.stageId === stageId;
}

/**
 * Checks a new `visa` or `comment` that already passed the write guard (schema, role, author =
 * caller). Returns null when it may be stored.
 */
export async function checkSignedDoc(
	couch: CouchBackend,
	db: string,
	doc: Doc,
	user: UserDoc
): Promise<Refusal | null> {
	if (user.role === 'tutor' && user.stageId) {
		const outside = forbidden(
			'Ce lien permet de viser uniquement le stage pour lequel il a été créé.'
		);
		if (db !== `journal_${user.studentId}`) return outside;
		if ((doc.type === 'visa' || doc.type === 'signature') && doc.stageId !== user.stageId)
			return outside;
		if (
			doc.type === 'comment' &&
			!(await targetInStage(couch, db, doc.targetId as string, user.stageId))
		)
			return outside;
	}
	if (doc.type === 'validation') return checkValidation(couch, db, doc);
	if (doc.type === 'signature') return checkSignature(couch, db, doc);
	return doc.type === 'visa' ? checkVisa(couch, db, doc) : null;
}
