/**
 * Decides whether one document may be written by the caller: the type must be one their role
 * writes (`writerRoles` of the shared schemas), `_id` prefix must match `type`, the document
 * must parse with the shared zod schemas, an existing document keeps its type and its author,
 * photos carry `image.jpg` and `thumb.jpg` (8 MB each at most), achievements small document
 * files (5 MB each; names and types per their schema), nothing else carries attachments.
 * Returns null when allowed, else a refusal with a French reason.
 */
import type { UserDoc } from '../accounts/account-types.ts';
import { canonicalJson } from '../../src/lib/domain/digest/canonical-json.ts';
import { typeOfId } from '../../src/lib/domain/ids.ts';
import {
	ACHIEVEMENT_FILE_MAX_BYTES,
	canWrite,
	isDocumentType,
	safeParseSyncedDocument
} from '../../src/lib/domain/schemas/index.ts';

export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const PHOTO_ATTACHMENTS = ['image.jpg', 'thumb.jpg'];

export interface Refusal {
	status: 400 | 403 | 413;
	reason: string;
}

type Doc = Record<string, unknown>;

const forbidden = (reason: string): Refusal => ({ status: 403, reason });
const invalid = (reason: string): Refusal => ({ status: 400, reason });

/** Bytes of a base64 attachment body without decoding it. */
function base64Bytes(data: string): number {
	const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
	return Math.floor((data.replace(/\s/g, '').length * 3) / 4) - padding;
}

function checkAttachments(doc: Doc, type: string): Refusal | null {
	const attachments = doc._attachments;
	if (attachments === undefined) return null;
	if (type !== 'photo' && type !== 'achievement') {
		return invalid('Seules les photos et les réalisations ont des pièces jointes.');
	}
	if (typeof attachments !== 'object' || attachments === null)
		return invalid('Pièces jointes invalides.');
	// Names and types of an achievement's files were checked by its schema; only bytes remain.
	if (type === 'achievement') return checkFileSizes(attachments as Record<string, unknown>);
	for (const [name, value] of Object.entries(attachments as Record<string, unknown>)) {
		if (!PHOTO_ATTACHMENTS.includes(name)) return invalid(`Pièce jointe non autorisée : ${name}.`);
		const data = (value as { data?: unknown }).data;
		if (data !== undefined && typeof data !== 'string') return invalid('Pièce jointe invalide.');
		if (typeof data === 'string' && base64Bytes(data) > MAX_ATTACHMENT_BYTES) {
			return { status: 413, reason: 'Photo trop volumineuse (8 Mo au maximum).' };
		}
	}
	return null;
}

/** Signed statements are written once, never changed nor deleted: the refusal says what to do. */
const SIGNED_STATEMENTS: Partial<Record<string, string>> = {
	visa: 'Un visa ne peut être ni modifié ni supprimé : signez un nouveau visa.',
	comment: 'Un commentaire ne peut être ni modifié ni supprimé.',
	validation: 'Une validation ne peut être ni modifiée ni supprimée : validez à nouveau.',
	signature: 'Une signature ne peut être ni modifiée ni supprimée : signez à nouveau.'
};

export function isSignedStatement(type: unknown): boolean {
	return typeof type === 'string' && SIGNED_STATEMENTS[type] !== undefined;
}

function checkFileSizes(attachments: Record<string, unknown>): Refusal | null {
	for (const value of Object.values(attachments)) {
		const data = (value as { data?: unknown }).data;
		if (data !== undefined && typeof data !== 'string') return invalid('Pièce jointe invalide.');
		if (typeof data === 'string' && base64Bytes(data) > ACHIEVEMENT_FILE_MAX_BYTES) {
			return { status: 413, reason: 'Fichier trop volumineux (5 Mo au maximum).' };
		}
	}
	return null;
}

/** The author field of the documents whose writer is kept (signed statements, reviews). */
function authorOf(doc: Doc): { id: unknown; role: unknown } | null {
	if (doc.type === 'visa') return { id: doc.signerId, role: doc.signerRole };
	if (doc.type === 'comment') return { id: doc.authorId, role: doc.authorRole };
	if (doc.type === 'validation') return { id: doc.validatorId, role: doc.validatorRole };
	if (doc.type === 'signature') return { id: doc.signerId, role: doc.signerRole };
	// A review is written by whoever scheduled it (student or teacher), and by no one else.
	if (doc.type === 'review') return { id: doc.authorId, role: doc.authorRole };
	return null;
}

/** A replication replay of the stored revision, unchanged (CouchDB keeps it as it is). */
function sameRevision(doc: Doc, stored: Doc): boolean {
	const { _revisions: _ignored, ...content } = doc;
	return doc._rev === stored._rev && canonicalJson(content) === canonicalJson(stored);
}

/**
 * `newEdits` is false for replication writes (`_bulk_docs` with `new_edits: false`), where an
 * unchanged stored revision may legitimately be sent again.
 */
export function checkWrite(
	doc: unknown,
	user: UserDoc,
	oldDoc: Doc | null,
	newEdits = true
): Refusal | null {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
		return invalid('Document invalide.');
	}
	const record = doc as Doc;
	const id = record._id;
	if (typeof id !== 'string' || id === '') return invalid('Document sans identifiant.');
	if (id.startsWith('_')) return forbidden('Document réservé au serveur.');
	const type = typeOfId(id);
	if (!isDocumentType(type)) return invalid('Type de document inconnu.');
	if (!canWrite(user.role, type)) {
		return forbidden('Votre rôle ne permet pas d’écrire ce type de document.');
	}
	const live = oldDoc && !oldDoc._deleted ? oldDoc : null;
	if (live && live.type !== type) return forbidden('Le type d’un document ne peut pas changer.');
	const immutable = SIGNED_STATEMENTS[type];
	if (immutable !== undefined) {
		const replay = !newEdits && live !== null && sameRevision(record, live);
		if (record._deleted === true || (live && !replay)) return forbidden(immutable);
	}
	const previousAuthor = live ? authorOf(live) : null;
	if (previousAuthor && previousAuthor.id !== user.id) {
		return forbidden('Ce document appartient à une autre personne.');
	}
	if (record._deleted === true) return null;
	if (record.type !== type) {
		return invalid('L’identifiant ne correspond pas au type du document.');
	}
	const parsed = safeParseSyncedDocument(record);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
		return invalid(`Document invalide${where} : ${issue?.message ?? 'format inattendu'}.`);
	}
	const author = authorOf(record);
	if (author && (author.id !== user.id || author.role !== user.role)) {
		return forbidden('Le document doit être signé à votre nom.');
	}
	return checkAttachments(record, type);
}
