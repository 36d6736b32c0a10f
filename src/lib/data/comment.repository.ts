/** Comments of tutors and teachers: immutable documents, created in the local replica, synced. */
import { commentSchema, type Comment } from '$lib/domain/schemas/comment.schema.ts';
import { listDocs } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Comments on one target (`comment:<targetId>:…`), oldest first. */
export function listComments(db: JournalDb, targetId: string): Promise<Comment[]> {
	return listDocs(db, `comment:${targetId}:`, commentSchema);
}

/** Throws the schema's French error when invalid. */
export async function createComment(db: JournalDb, comment: Comment): Promise<Comment> {
	const { _rev: _ignored, ...fresh } = commentSchema.parse(comment);
	const result = await db.put(fresh);
	return { ...fresh, _rev: result.rev };
}
