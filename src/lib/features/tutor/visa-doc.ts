/**
 * The visa a signer writes for a week, built from the documents they read: the digest and the
 * revisions it covers come from those documents, so the visa names exactly what was shown. Pure
 * (no database, no schema library): the week page can build it from the token exchange's answer
 * before the replica's code has loaded; the repository validates it when it is stored.
 */
import { weekContent, weekDigest } from '$lib/domain/digest/week-digest';
import { visaId, weekId as buildWeekId } from '$lib/domain/ids';
import type { Visa } from '$lib/domain/schemas';
import type { VisaInput } from './visa-input';
import { digestInput, type WeekDocs } from './week-model';

export interface Signer {
	userId: string;
	role: 'tutor' | 'teacher';
}

/** Throws in French when the week was not sent (nothing to sign). */
export async function buildVisa(
	docs: WeekDocs,
	id: string,
	signer: Signer,
	input: VisaInput,
	signedAt = new Date().toISOString()
): Promise<Visa> {
	if (!docs.week?._rev)
		throw new Error('Cette semaine n’a pas encore été envoyée par le stagiaire.');
	const monday = docs.week.monday;
	const digestOf = digestInput(docs, monday);
	const content = weekContent(digestOf);
	const signedIds = new Set([...content.entries, ...content.photos].map((d) => d.id));
	const covered = [...docs.entries, ...docs.photos].filter((d) => signedIds.has(d._id));
	const covers = [docs.week, ...covered].map((d) => ({ id: d._id, rev: d._rev as string }));
	const criteria = Object.fromEntries(
		Object.entries(input.criteria ?? {}).filter(([, level]) => level !== '')
	);
	return {
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
	} as Visa;
}
