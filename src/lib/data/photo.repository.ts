/**
 * Photos are one document each, with the processed JPEG and its thumbnail as attachments, so a
 * replication moves them with the document and a failed photo never touches the entry.
 */
import { photoId as newPhotoId } from '$lib/domain/ids.ts';
import { photoSchema, type Photo } from '$lib/domain/schemas/photo.schema.ts';
import { getDoc, listDocs, nowIso, updateDoc } from './documents.ts';
import type { JournalDb } from './journal-db.ts';

export interface NewPhoto {
	entryId: string;
	stageId: string;
	date: string;
	caption: string;
	image: Blob;
	thumb: Blob;
	width: number;
	height: number;
	sha256: string;
	confidential?: boolean;
	/** Regions were blacked out before storing (see features/photo/redact.ts). */
	redacted?: boolean;
}

export type PhotoAttachment = 'image.jpg' | 'thumb.jpg';

/** Stores a processed photo. Throws on quota exhaustion (see `isQuotaError`). */
export async function addPhoto(db: JournalDb, photo: NewPhoto): Promise<Photo> {
	const id = newPhotoId(photo.date);
	const doc = photoSchema.parse({
		_id: id,
		type: 'photo',
		schemaVersion: 1,
		entryId: photo.entryId,
		stageId: photo.stageId,
		date: photo.date,
		caption: photo.caption,
		sha256: photo.sha256,
		width: photo.width,
		height: photo.height,
		bytes: photo.image.size,
		confidential: photo.confidential ?? false,
		...(photo.redacted ? { redacted: true } : {}),
		createdAt: nowIso(),
		_attachments: {
			'image.jpg': { content_type: 'image/jpeg', data: photo.image },
			'thumb.jpg': { content_type: 'image/jpeg', data: photo.thumb }
		}
	});
	const result = await db.put(doc);
	return { ...doc, _rev: result.rev };
}

export async function listPhotos(
	db: JournalDb,
	filter: { entryId?: string; stageId?: string } = {}
): Promise<Photo[]> {
	const photos = await listDocs(db, 'photo:', photoSchema);
	return photos.filter(
		(photo) =>
			(!filter.entryId || photo.entryId === filter.entryId) &&
			(!filter.stageId || photo.stageId === filter.stageId)
	);
}

export async function getPhotoBlob(
	db: JournalDb,
	id: string,
	name: PhotoAttachment
): Promise<Blob> {
	return (await db.getAttachment(id, name)) as Blob;
}

export function getPhoto(db: JournalDb, id: string): Promise<Photo | null> {
	return getDoc(db, id, photoSchema);
}

export function updatePhotoCaption(db: JournalDb, id: string, caption: string): Promise<Photo> {
	return updateDoc(db, id, photoSchema, (current) => {
		if (!current) throw Object.assign(new Error('Photo introuvable.'), { status: 404 });
		return { ...current, caption };
	});
}

export function updatePhotoConfidential(
	db: JournalDb,
	id: string,
	confidential: boolean
): Promise<Photo> {
	return updateDoc(db, id, photoSchema, (current) => {
		if (!current) throw Object.assign(new Error('Photo introuvable.'), { status: 404 });
		return { ...current, confidential };
	});
}

export function deletePhoto(db: JournalDb, id: string): Promise<Photo> {
	return updateDoc(db, id, photoSchema, (current) => {
		if (!current) throw Object.assign(new Error('Photo introuvable.'), { status: 404 });
		return { ...current, deleted: true };
	});
}
