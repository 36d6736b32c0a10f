/**
 * Bilans intermédiaires of a journal. A review has one writer, whoever scheduled it (the student
 * or a teacher): only that person's device calls `saveReview` on it; the gateway refuses anyone
 * else. Works offline; the sync pushes it.
 */
import { reviewSchema, type Review } from '$lib/domain/schemas/index.ts';
import { getDoc, listDocs, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Live reviews, by scheduled date of creation (id order); those of one stage when given. */
export async function listReviews(db: JournalDb, stageId?: string): Promise<Review[]> {
	const reviews = await listDocs(db, 'review:', reviewSchema);
	return stageId ? reviews.filter((r) => r.stageId === stageId) : reviews;
}

export function getReview(db: JournalDb, id: string): Promise<Review | null> {
	return getDoc(db, id, reviewSchema);
}

/**
 * Applies `change` to the stored review (or creates it when `current` is null). Throws the
 * schema's French error when the result is invalid; nothing is stored then.
 */
export function saveReview(
	db: JournalDb,
	id: string,
	change: (current: Review | null) => Review
): Promise<Review> {
	return updateDoc(db, id, reviewSchema, change);
}
