/**
 * Checks every document of an archive on its own, so one bad item never stops the others: the
 * shared zod schemas (`syncedDocumentSchema`, every type the app knows), a revision history that
 * agrees with `_rev`, and for photos, both images present in the archive with the announced
 * length. Messages are French and name the item the student recognises.
 */
import { formatDateFr } from '../calendar/dates.ts';
import {
	documentSchemas,
	isDocumentType,
	safeParseSyncedDocument,
	type DocumentType,
	type SyncedDocument
} from '../schemas/index.ts';
import type { ManifestAttachment } from './manifest.ts';
import { historyMatches, type RevisionHistory } from './revisions.ts';

export interface ArchivedDoc {
	_id: string;
	_rev: string;
	_revisions: RevisionHistory;
	[key: string]: unknown;
}

export type ItemCheck =
	| { ok: true; doc: ArchivedDoc; parsed: SyncedDocument; attachments: ManifestAttachment[] }
	| { ok: false; id: string; label: string; errors: string[] };

const TYPE_LABELS: Record<string, string> = {
	profile: 'Profil',
	stage: 'Stage',
	entry: 'Entrée',
	photo: 'Photo',
	week: 'Semaine',
	visa: 'Visa',
	comment: 'Commentaire',
	achievement: 'Réalisation',
	validation: 'Validation'
};

/** « Entrée du lundi 2 mars 2026 », « Visa de la semaine du … »: what the student recognises. */
export function describeDocument(id: string): string {
	const type = id.split(':')[0] ?? '';
	const label = TYPE_LABELS[type];
	if (!label) return `Document « ${id.slice(0, 80)} »`;
	const date = /\d{4}-\d{2}-\d{2}/.exec(id)?.[0];
	if (!date || type === 'achievement') return label;
	const day = formatDateFr(date);
	if (type === 'visa') return `Visa de la semaine du ${day}`;
	if (type === 'comment') return `Commentaire (${day})`;
	if (type === 'stage') return `Stage commençant le ${day}`;
	return `${label} du ${day}`;
}

function isHistory(value: unknown): value is RevisionHistory {
	const v = value as RevisionHistory | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		Number.isInteger(v.start) &&
		Array.isArray(v.ids) &&
		v.ids.every((id) => typeof id === 'string' && /^[0-9a-f]+$/.test(id))
	);
}

/** Types whose schema has attachments (photos today); asked of the schema, not listed here. */
function allowsAttachments(type: DocumentType): boolean {
	const shape = (documentSchemas[type] as { shape?: Record<string, unknown> }).shape;
	return !!shape && '_attachments' in shape;
}

/**
 * `attachments`: the manifest's attachment entries (those whose bytes exist in the ZIP) by
 * document id. Never throws.
 */
export function checkArchivedDoc(
	raw: unknown,
	attachments: ReadonlyMap<string, ManifestAttachment[]>
): ItemCheck {
	if (
		typeof raw !== 'object' ||
		raw === null ||
		typeof (raw as { _id?: unknown })._id !== 'string'
	) {
		return { ok: false, id: '', label: 'Document sans identifiant', errors: ['Illisible.'] };
	}
	const doc = raw as Record<string, unknown> & { _id: string };
	const id = doc._id;
	const label = describeDocument(id);
	const fail = (errors: string[]): ItemCheck => ({ ok: false, id, label, errors });

	if (typeof doc._rev !== 'string' || !isHistory(doc._revisions)) {
		return fail(['Historique des versions absent ou illisible.']);
	}
	if (!historyMatches(doc._rev, doc._revisions)) {
		return fail(['Historique des versions incohérent avec la version du document.']);
	}
	if (!isDocumentType(doc.type)) {
		return fail([`Type de document inconnu (« ${String(doc.type).slice(0, 40)} »).`]);
	}
	const parsed = safeParseSyncedDocument(withoutData(doc));
	if (!parsed.success) {
		const messages = parsed.error.issues.map((issue) => {
			const field = issue.path.filter((p) => typeof p === 'string').join('.');
			return field && !issue.message.includes(' : ')
				? `${field} : ${issue.message}`
				: issue.message;
		});
		return fail([...new Set(messages)]);
	}
	const own = attachments.get(id) ?? [];
	if (doc._attachments !== undefined && allowsAttachments(doc.type)) {
		const stubs = (doc._attachments ?? {}) as Record<string, { length?: number }>;
		const errors: string[] = [];
		for (const [name, stub] of Object.entries(stubs)) {
			const file = own.find((a) => a.name === name);
			if (!file) errors.push(`Fichier « ${name} » absent de l’archive.`);
			else if (stub.length !== undefined && stub.length !== file.length) {
				errors.push(`Fichier « ${name} » tronqué ou modifié.`);
			}
		}
		if (errors.length) return fail(errors);
	} else if (doc._attachments !== undefined) {
		return fail(['Pièces jointes inattendues sur ce type de document.']);
	}
	return {
		ok: true,
		doc: doc as ArchivedDoc,
		parsed: parsed.data,
		attachments: own
	};
}

/** The schema reads stubs; the archive's stubs carry no `stub: true` once detached. */
function withoutData(doc: Record<string, unknown>): Record<string, unknown> {
	if (!doc._attachments) return doc;
	const stubs = Object.fromEntries(
		Object.entries(doc._attachments as Record<string, Record<string, unknown>>).map(([name, a]) => [
			name,
			{ ...a, stub: true }
		])
	);
	return { ...doc, _attachments: stubs };
}
