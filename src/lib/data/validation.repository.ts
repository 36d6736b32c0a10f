/**
 * Teachers' validations of achievements: immutable documents (the gateway refuses any change or
 * deletion), created in the local replica of the student's journal and pushed by the sync.
 */
import { validationSchema, type Validation } from '$lib/domain/schemas/validation.schema.ts';
import { listDocs } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

/** Validations of one achievement, or all of them, oldest first. */
export function listValidations(db: JournalDb, achievementId?: string): Promise<Validation[]> {
	return listDocs(db, achievementId ? `validation:${achievementId}:` : 'validation:', validationSchema);
}

/** Stores a new validation. Throws the schema's French error when invalid, or 409 if the id exists. */
export async function createValidation(db: JournalDb, validation: Validation): Promise<Validation> {
	const { _rev: _ignored, ...fresh } = validationSchema.parse(validation);
	const result = await db.put(fresh);
	return { ...fresh, _rev: result.rev };
}
