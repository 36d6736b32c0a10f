/**
 * Checks a visa against the exact revisions it names, before the gateway stores it. The gateway
 * fetches every `covers` revision (`GET /db/<id>?rev=<rev>`) and the current documents of the week
 * (its week report, the entries of its stage dated in the week, their photos) and passes them all
 * here. Guarantees when `ok`: the visa covers the week document and every live entry and photo of
 * that week that was given, nothing outside the week, and `visa.digest` is the `weekDigest` of the
 * covered revisions. Assumes the documents were parsed with the schemas (ids agree with content).
 */
import { addDays } from '../calendar/dates.ts';
import {
	weekDigest,
	type DigestEntry,
	type DigestPhoto,
	type DigestWeek
} from '../digest/week-digest.ts';
import { mondayOfWeekId, weekBelongsToStage } from '../ids.ts';

export interface VisaToVerify {
	weekId: string;
	stageId: string;
	digest: string;
	covers: readonly { id: string; rev: string }[];
}

/** A stored revision, as the gateway read it; other types only appear to be refused. */
export type CoveredDoc = { _rev?: string } & (
	| ({ _id: string; type: 'week' } & DigestWeek)
	| ({ type: 'entry' } & DigestEntry)
	| ({ type: 'photo' } & DigestPhoto)
	| { _id: string; type: 'profile' | 'stage' | 'visa' | 'comment' }
);

export type VisaDigestFailure =
	'wrong-week' | 'duplicate-cover' | 'unknown-cover' | 'missing-cover' | 'digest-mismatch';

export type VisaDigestCheck =
	{ ok: true } | { ok: false; reason: VisaDigestFailure; message: string; ids: string[] };

const MESSAGES: Record<VisaDigestFailure, string> = {
	'wrong-week': 'Le visa porte sur des documents qui ne sont pas de cette semaine.',
	'duplicate-cover': 'Le visa nomme deux fois le même document.',
	'unknown-cover': 'Une version signée est introuvable : le visa ne peut pas être vérifié.',
	'missing-cover':
		'Le visa oublie des documents de la semaine : rechargez la semaine avant de signer.',
	'digest-mismatch':
		'L’empreinte du visa ne correspond pas au contenu signé : rechargez la semaine avant de signer.'
};

const fail = (reason: VisaDigestFailure, ids: string[]): VisaDigestCheck => ({
	ok: false,
	reason,
	message: MESSAGES[reason],
	ids
});

/**
 * Checks in this order: the visa's week and stage agree, no document is named twice, every
 * covered revision was given, each covered document belongs to the week, every live document of
 * the week is covered, and the digest matches. Throws only what `weekDigest` throws (a TypeError
 * on a value JSON cannot carry), which parsed documents never contain.
 */
export async function verifyVisaDigest(input: {
	visa: VisaToVerify;
	coveredDocs: readonly CoveredDoc[];
}): Promise<VisaDigestCheck> {
	const { visa, coveredDocs } = input;
	const monday = mondayOfWeekId(visa.weekId);
	if (!monday || !weekBelongsToStage(visa.weekId, visa.stageId)) {
		return fail('wrong-week', [visa.weekId]);
	}
	const coverIds = visa.covers.map((c) => c.id);
	const twice = coverIds.filter((id, i) => coverIds.indexOf(id) !== i);
	if (twice.length > 0) return fail('duplicate-cover', [...new Set(twice)]);

	const byRevision = new Map(coveredDocs.map((doc) => [`${doc._id}@${doc._rev ?? ''}`, doc]));
	const covered: CoveredDoc[] = [];
	const notGiven: string[] = [];
	for (const cover of visa.covers) {
		const doc = byRevision.get(`${cover.id}@${cover.rev}`);
		if (doc) covered.push(doc);
		else notGiven.push(cover.id);
	}
	if (notGiven.length > 0) return fail('unknown-cover', notGiven);

	const sunday = addDays(monday, 6);
	const inWeek = (e: DigestEntry) =>
		e.stageId === visa.stageId && e.date >= monday && e.date <= sunday;
	const week = covered.find((d): d is Extract<CoveredDoc, { type: 'week' }> => d.type === 'week');
	const coveredEntries = covered.filter((d) => d.type === 'entry');
	const coveredEntryIds = new Set(coveredEntries.map((e) => e._id));
	const outside = covered.filter((doc) => {
		if (doc.type === 'week') return doc._id !== visa.weekId || doc.stageId !== visa.stageId;
		if (doc.type === 'entry') return !inWeek(doc);
		if (doc.type === 'photo') return !coveredEntryIds.has(doc.entryId);
		return true;
	});
	if (outside.length > 0)
		return fail(
			'wrong-week',
			outside.map((d) => d._id)
		);

	const missing = missingFromCovers(visa, coveredDocs, new Set(coverIds), inWeek);
	if (!week) return fail('missing-cover', [...new Set([visa.weekId, ...missing])]);
	if (missing.length > 0) return fail('missing-cover', missing);

	const digest = await weekDigest({
		week,
		entries: coveredEntries.filter((d) => d.type === 'entry'),
		photos: covered.filter((d) => d.type === 'photo')
	});
	return digest === visa.digest ? { ok: true } : fail('digest-mismatch', [visa.weekId]);
}

/** Live entries of the week and live photos of its entries that the visa does not name. */
function missingFromCovers(
	visa: VisaToVerify,
	docs: readonly CoveredDoc[],
	coverIds: ReadonlySet<string>,
	inWeek: (e: DigestEntry) => boolean
): string[] {
	const weekEntryIds = new Set<string>();
	for (const doc of docs)
		if (doc.type === 'entry' && !doc.deleted && inWeek(doc)) weekEntryIds.add(doc._id);
	const missing: string[] = [];
	for (const doc of docs) {
		const live =
			(doc.type === 'entry' && weekEntryIds.has(doc._id)) ||
			(doc.type === 'photo' && !doc.deleted && weekEntryIds.has(doc.entryId)) ||
			(doc.type === 'week' && doc._id === visa.weekId);
		if (live && !coverIds.has(doc._id)) missing.push(doc._id);
	}
	return missing;
}
