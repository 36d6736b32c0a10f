/**
 * Writes a visa on this phone: the digest and the revisions it covers come from the local
 * replica as it is now, so the visa names exactly what the tutor read. Works offline; the sync
 * pushes it and the gateway checks the digest against the same revisions.
 */
import type { JournalDb } from '$lib/data/journal-db';
import { createVisa } from '$lib/data/visa.repository';
import { weekContent, weekDigest } from '$lib/domain/digest/week-digest';
import { visaId, weekId as buildWeekId } from '$lib/domain/ids';
import type { Photo, Visa } from '$lib/domain/schemas';
import type { VisaInput } from './visa-input';
import { digestInput, loadWeekDocs } from './week-view';

export { CRITERIA, CRITERIA_LEVELS, type VisaInput } from './visa-input';

export interface Signer {
	userId: string;
	role: 'tutor' | 'teacher';
}

/**
 * Throws the schema's French error when the input is incomplete, or when the week is gone.
 * `knownPhotos`: photo documents at stored revisions not replicated yet (their images are not
 * needed: the digest binds a photo through its `sha256`, and the gateway checks the covered
 * revisions it stores).
 */
export async function writeVisa(
	db: JournalDb,
	id: string,
	signer: Signer,
	input: VisaInput,
	knownPhotos: readonly Photo[] = []
): Promise<Visa> {
	const docs = await loadWeekDocs(db, id, knownPhotos);
	if (!docs) throw new Error('Cette semaine n’est pas encore arrivée sur ce téléphone.');
	if (!docs.week?._rev)
		throw new Error('Cette semaine n’a pas encore été envoyée par le stagiaire.');
	const monday = docs.week.monday;
	const digestOf = digestInput(docs, monday);
	const content = weekContent(digestOf);
	const signedIds = new Set([...content.entries, ...content.photos].map((d) => d.id));
	const covered = [...docs.entries, ...docs.photos].filter((d) => signedIds.has(d._id));
	const covers = [docs.week, ...covered].map((d) => ({ id: d._id, rev: d._rev as string }));
	const signedAt = new Date().toISOString();
	const criteria = Object.fromEntries(
		Object.entries(input.criteria ?? {}).filter(([, level]) => level !== '')
	);
	return createVisa(db, {
		_id: visaId(buildWeekId(monday, docs.stage._id), signedAt),
		type: 'visa',
		schemaVersion: 1,
		weekId: id,
		stageId: docs.stage._id,
		signerRole: signer.role,
		signerId: signer.userId,
		signerName: input.signerName.trim(),
		decision: input.decision,
		comment: input.comment.trim(),
		...(input.decision === 'signed' && input.signature ? { signature: input.signature } : {}),
		...(Object.keys(criteria).length ? { criteria } : {}),
		digest: await weekDigest(digestOf),
		covers,
		signedAt
	});
}
