/**
 * « Exporter toutes mes données »: the whole journal of this device as one store-only ZIP, built
 * offline (format in docs/archive.md). Photos are added as Blobs, read one at a time only to
 * compute their CRC, so a 20 MB journal never sits whole in the JavaScript heap. Confidential
 * entries and photos are included: this is the student's own copy (they keep their flag).
 */
import {
	readAttachment,
	readJournalWithHistories,
	type StoredWithHistory
} from '$lib/data/archive.repository';
import type { JournalDb } from '$lib/data/journal-db';
import {
	ARCHIVE_FORMAT,
	ARCHIVE_VERSION,
	attachmentPath,
	crc32,
	DOCUMENTS_PATH,
	MANIFEST_PATH,
	zipWriter,
	type ArchiveManifest,
	type ManifestAttachment
} from '$lib/domain/archive';
import { reportArchiveExport } from './audit-hook';

export interface ExportedArchive {
	blob: Blob;
	filename: string;
	documentCount: number;
	photoCount: number;
}

const encoder = new TextEncoder();

function attachmentsOf(doc: StoredWithHistory): ManifestAttachment[] {
	return Object.entries(doc._attachments ?? {}).map(([name, stub]) => ({
		docId: doc._id,
		name,
		path: attachmentPath(doc._id, name),
		contentType: stub.content_type,
		length: stub.length,
		digest: stub.digest
	}));
}

export async function exportArchive(
	db: JournalDb,
	owner: { userId: string; username: string; displayName: string },
	now: Date = new Date()
): Promise<ExportedArchive> {
	const docs = await readJournalWithHistories(db);
	const attachments = docs.flatMap(attachmentsOf);
	const manifest: ArchiveManifest = {
		format: ARCHIVE_FORMAT,
		version: ARCHIVE_VERSION,
		exportedAt: now.toISOString(),
		userId: owner.userId,
		displayName: owner.displayName,
		documentCount: docs.length,
		attachments
	};
	const writer = zipWriter(now);
	const parts: BlobPart[] = [];
	const addBytes = (name: string, bytes: Uint8Array) => {
		parts.push(
			writer.header({ name, crc32: crc32(bytes), size: bytes.length }) as BlobPart,
			bytes as BlobPart
		);
	};
	addBytes(MANIFEST_PATH, encoder.encode(JSON.stringify(manifest, null, 1)));
	addBytes(DOCUMENTS_PATH, encoder.encode(JSON.stringify(docs, null, 1)));
	for (const file of attachments) {
		const blob = await readAttachment(db, file.docId, file.name);
		const crc = crc32(new Uint8Array(await blob.arrayBuffer()));
		parts.push(writer.header({ name: file.path, crc32: crc, size: blob.size }) as BlobPart, blob);
	}
	parts.push(writer.finish() as BlobPart);
	const day = now.toISOString().slice(0, 10);
	const result: ExportedArchive = {
		blob: new Blob(parts, { type: 'application/zip' }),
		filename: `carnet-de-stage-${owner.username}-${day}.zip`,
		documentCount: docs.length,
		photoCount: docs.filter((d) => d.type === 'photo').length
	};
	await reportArchiveExport(`journal_${owner.userId}`);
	return result;
}
