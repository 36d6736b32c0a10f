/**
 * Writes a visa on this phone: the digest and the revisions it covers come from the local
 * replica as it is now, so the visa names exactly what the tutor read. Works offline; the sync
 * pushes it and the gateway checks the digest against the same revisions.
 */
import type { JournalDb } from '$lib/data/journal-db';
import { createVisa } from '$lib/data/visa.repository';
import type { Photo, Visa } from '$lib/domain/schemas';
import { buildVisa, type Signer } from './visa-doc';
import type { VisaInput } from './visa-input';
import { loadWeekDocs } from './week-view';

export { CRITERIA, CRITERIA_LEVELS, type VisaInput } from './visa-input';
export type { Signer };

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
	return createVisa(db, await buildVisa(docs, id, signer, input));
}

/** Stores a visa built earlier (signed before the replica's code was there); once only. */
export async function storeBuiltVisa(db: JournalDb, visa: Visa): Promise<Visa> {
	const stored = await db.get(visa._id).catch(() => null);
	if (stored) return stored as unknown as Visa;
	return createVisa(db, visa);
}
