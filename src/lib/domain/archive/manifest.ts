/**
 * The personal archive, format version 1 (see docs/archive.md): a store-only ZIP holding
 * `manifest.json` (this schema), `documents.json` (every journal document at its current
 * revision, with its revision history) and `attachments/<document>/<name>` (photo bytes).
 */
import { z } from '../schemas/common.ts';

export const ARCHIVE_FORMAT = 'carnet-de-stage/archive';
export const ARCHIVE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const DOCUMENTS_PATH = 'documents.json';

/** A ZIP path for an attachment of a document (`:` is not allowed in Windows file names). */
export function attachmentPath(docId: string, name: string): string {
	return `attachments/${docId.replaceAll(':', '_')}/${name}`;
}

export const manifestAttachmentSchema = z.object({
	docId: z.string().min(1),
	name: z.string().min(1),
	path: z.string().min(1),
	contentType: z.string(),
	length: z.number().int().nonnegative(),
	/** PouchDB's digest of the bytes (`md5-…`), so the import can tell they were not altered. */
	digest: z.string()
});

export const manifestSchema = z.object({
	format: z.literal(ARCHIVE_FORMAT, {
		error: 'Ce fichier n’est pas une archive du Carnet de stage.'
	}),
	version: z.number().int().positive(),
	exportedAt: z.iso.datetime(),
	/** The journal's owner: an archive is imported into the same account only. */
	userId: z.string().min(1),
	displayName: z.string(),
	documentCount: z.number().int().nonnegative(),
	attachments: z.array(manifestAttachmentSchema)
});

export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ManifestAttachment = z.infer<typeof manifestAttachmentSchema>;

export type ManifestCheck =
	{ ok: true; manifest: ArchiveManifest } | { ok: false; message: string };

/** Checks the manifest as a whole: format, version, owner. Never throws. */
export function checkManifest(raw: unknown, currentUserId: string): ManifestCheck {
	const parsed = manifestSchema.safeParse(raw);
	if (!parsed.success) {
		const formatIssue = parsed.error.issues.find((i) => i.path[0] === 'format');
		return {
			ok: false,
			message: formatIssue
				? formatIssue.message
				: 'Archive abîmée : sa description (manifest.json) est incomplète.'
		};
	}
	const manifest = parsed.data;
	if (manifest.version > ARCHIVE_VERSION) {
		return {
			ok: false,
			message: `Archive créée par une version plus récente de l’application (format ${manifest.version}) : mettez l’application à jour puis réessayez.`
		};
	}
	if (manifest.userId !== currentUserId) {
		return {
			ok: false,
			message: `Cette archive est le carnet d’un autre compte (${manifest.displayName || manifest.userId}) : elle ne peut être importée que dans ce compte-là.`
		};
	}
	return { ok: true, manifest };
}
