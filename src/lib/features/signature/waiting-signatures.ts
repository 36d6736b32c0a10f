/**
 * The documents other than weeks a signer has to sign in one journal: reviews held and
 * attestations, each with the signer's state (to sign, « modifié après signature », signed).
 * A tutor invited by a link only sees the stage of that link.
 */
import type { JournalDb } from '$lib/data/journal-db';
import { listSignatures } from '$lib/data/signature.repository';
import { listStages } from '$lib/data/stage.repository';
import { formatDateShortFr } from '$lib/domain/calendar/dates';
import { safeParseSyncedDocument } from '$lib/domain/schemas';
import { signatureState, signedContentDigest } from '$lib/domain/signature';
import type { SignTarget } from './sign-document';

export interface WaitingItem {
	journal: string;
	targetId: string;
	kind: 'review' | 'attestation';
	title: string;
	detail: string;
	state: 'to-sign' | 'modified' | 'signed';
}

export const STATE_LABELS: Record<WaitingItem['state'], string> = {
	'to-sign': 'À signer',
	modified: 'Modifié après signature',
	signed: 'Signé'
};

type Target = SignTarget & { scheduledDate?: string; status?: string; deleted?: boolean };

async function targets(db: JournalDb): Promise<Target[]> {
	const rows = await Promise.all(
		['review:', 'attestation:'].map((prefix) =>
			db.allDocs({ include_docs: true, startkey: prefix, endkey: `${prefix}\uffff` })
		)
	);
	return rows.flatMap((result) =>
		result.rows.flatMap((row) => {
			const parsed = safeParseSyncedDocument(row.doc);
			const doc = parsed.success ? (parsed.data as unknown as Target) : null;
			return doc && !doc.deleted ? [doc] : [];
		})
	);
}

export async function listWaitingSignatures(
	db: JournalDb,
	journal: string,
	studentName: string,
	role: 'tutor' | 'teacher',
	onlyStageId?: string
): Promise<WaitingItem[]> {
	const [docs, signatures, stages] = await Promise.all([
		targets(db),
		listSignatures(db),
		listStages(db)
	]);
	const items: WaitingItem[] = [];
	for (const doc of docs) {
		if (onlyStageId && doc.stageId !== onlyStageId) continue;
		// A review is signed once it has been held.
		if (doc.type === 'review' && doc.status !== 'held') continue;
		const own = signatures.filter((s) => s.targetId === doc._id);
		const signer = signatureState(own, await signedContentDigest(doc))[role];
		const organisation = stages.find((s) => s._id === doc.stageId)?.organisation.name ?? '';
		items.push({
			journal,
			targetId: doc._id,
			kind: doc.type,
			title:
				doc.type === 'review'
					? `${studentName} · bilan du ${formatDateShortFr(doc.scheduledDate ?? '')}`
					: `${studentName} · attestation de stage`,
			detail: organisation,
			state: !signer ? 'to-sign' : signer.modifiedAfter ? 'modified' : 'signed'
		});
	}
	return items;
}
