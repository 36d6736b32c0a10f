/**
 * Keystroke-safe editing. Every change is first written to a Dexie draft (one small row, a few
 * milliseconds), then folded into the PouchDB document: debounced while typing, at once on
 * `visibilitychange`/`pagehide`, and at start-up for drafts left by a killed tab.
 *
 * Guarantees: a draft is deleted only after the document holding its content is stored, and
 * only if no newer keystroke arrived meanwhile. A draft that does not validate stays on the
 * device and its error is returned, so nothing typed is lost.
 */
import { deviceDb, type DraftRow } from './device-db.ts';
import type { JournalDb } from './journal-db.ts';
import { applyDraft } from './draft-apply.ts';

export type DraftType = DraftRow['docType'];

let clock = 0;
/** Strictly increasing even when two keystrokes land in the same millisecond. */
function tick(): number {
	clock = Math.max(clock + 1, Date.now());
	return clock;
}

export async function saveDraft(
	userId: string,
	docId: string,
	docType: DraftType,
	patch: Record<string, unknown>
): Promise<void> {
	const drafts = deviceDb().drafts;
	await deviceDb().transaction('rw', drafts, async () => {
		const existing = await drafts.get([userId, docId]);
		await drafts.put({
			userId,
			docId,
			docType,
			patch: { ...existing?.patch, ...patch },
			updatedAt: tick()
		});
	});
}

export async function getDraft(userId: string, docId: string): Promise<DraftRow | undefined> {
	return deviceDb().drafts.get([userId, docId]);
}

export async function listDrafts(userId: string): Promise<DraftRow[]> {
	return deviceDb().drafts.where('userId').equals(userId).toArray();
}

export interface FlushResult {
	docId: string;
	ok: boolean;
	error?: unknown;
}

/** Folds one draft into its document. Returns ok:false (and keeps the draft) if it is invalid. */
export async function flushDraft(db: JournalDb, userId: string, docId: string): Promise<FlushResult> {
	const draft = await getDraft(userId, docId);
	if (!draft) return { docId, ok: true };
	try {
		await applyDraft(db, draft);
	} catch (error) {
		return { docId, ok: false, error };
	}
	const drafts = deviceDb().drafts;
	await deviceDb().transaction('rw', drafts, async () => {
		const current = await drafts.get([userId, docId]);
		if (current && current.updatedAt === draft.updatedAt) await drafts.delete([userId, docId]);
	});
	return { docId, ok: true };
}

/** At start-up: fold every draft a killed tab left behind. */
export async function recoverDrafts(db: JournalDb, userId: string): Promise<FlushResult[]> {
	const drafts = await listDrafts(userId);
	const results: FlushResult[] = [];
	for (const draft of drafts) results.push(await flushDraft(db, userId, draft.docId));
	return results;
}
