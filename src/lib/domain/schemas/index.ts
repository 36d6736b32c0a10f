/**
 * The synced documents of a journal: one schema per type, a union to parse anything arriving by
 * sync, and who may write each type (the gateway enforces it; the UI only follows it).
 */
import { z } from './common.ts';
import { achievementSchema } from './achievement.schema.ts';
import { attestationSchema } from './attestation.schema.ts';
import { commentSchema } from './comment.schema.ts';
import { entrySchema } from './entry.schema.ts';
import { photoSchema } from './photo.schema.ts';
import { profileSchema } from './profile.schema.ts';
import { reviewSchema } from './review.schema.ts';
import { signatureSchema } from './signature.schema.ts';
import { stageSchema } from './stage.schema.ts';
import { validationSchema } from './validation.schema.ts';
import { visaSchema } from './visa.schema.ts';
import { weekSchema } from './week.schema.ts';

export * from './achievement.schema.ts';
export * from './attestation.schema.ts';
export * from './comment.schema.ts';
export * from './entry.schema.ts';
export * from './form-errors.ts';
export * from './photo.schema.ts';
export * from './profile.schema.ts';
export * from './review.schema.ts';
export * from './signature.schema.ts';
export * from './stage.schema.ts';
export * from './validation.schema.ts';
export * from './visa.schema.ts';
export * from './week.schema.ts';

export const DOCUMENT_TYPES = [
	'profile',
	'stage',
	'entry',
	'photo',
	'week',
	'visa',
	'comment',
	'achievement',
	'validation',
	'review',
	'signature',
	'attestation'
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const ROLES = ['student', 'tutor', 'teacher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const documentSchemas = {
	profile: profileSchema,
	stage: stageSchema,
	entry: entrySchema,
	photo: photoSchema,
	week: weekSchema,
	visa: visaSchema,
	comment: commentSchema,
	achievement: achievementSchema,
	validation: validationSchema,
	review: reviewSchema,
	signature: signatureSchema,
	attestation: attestationSchema
} as const satisfies Record<DocumentType, z.ZodType>;

/** Which role writes which type: one writer per document, no document edited by two people. */
export const writerRoles: Readonly<Record<DocumentType, readonly Role[]>> = {
	profile: ['student'],
	stage: ['student'],
	entry: ['student'],
	photo: ['student'],
	week: ['student'],
	visa: ['tutor', 'teacher'],
	comment: ['tutor', 'teacher'],
	achievement: ['student'],
	validation: ['teacher'],
	// Whoever schedules a review writes it (the guard keeps its author); tutor and teacher sign it.
	review: ['student', 'teacher'],
	signature: ['tutor', 'teacher'],
	// The student prepares it; the tutor signs it with a `signature`, never edits it.
	attestation: ['student']
};

export function canWrite(role: Role, type: DocumentType): boolean {
	return writerRoles[type].includes(role);
}

export function isDocumentType(value: unknown): value is DocumentType {
	return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export const syncedDocumentSchema = z.discriminatedUnion('type', [
	profileSchema,
	stageSchema,
	entrySchema,
	photoSchema,
	weekSchema,
	visaSchema,
	commentSchema,
	achievementSchema,
	validationSchema,
	reviewSchema,
	signatureSchema,
	attestationSchema
]);

export type SyncedDocument = z.infer<typeof syncedDocumentSchema>;

/** Validates any journal document; throws a `ZodError` (French messages) when it is not valid. */
export function parseSyncedDocument(doc: unknown): SyncedDocument {
	return syncedDocumentSchema.parse(doc);
}

export function safeParseSyncedDocument(doc: unknown) {
	return syncedDocumentSchema.safeParse(doc);
}
