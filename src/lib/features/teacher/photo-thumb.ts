/** Thumbnails of a student's photos from the local replica (attachments pulled by sync). */
import { openJournal } from '$lib/data/journal-db';
import { getPhotoBlob } from '$lib/data/photo.repository';

/** An object URL the caller revokes; null when the attachment has not arrived yet. */
export async function photoThumbUrl(studentId: string, photoId: string): Promise<string | null> {
	try {
		return URL.createObjectURL(await getPhotoBlob(openJournal(studentId), photoId, 'thumb.jpg'));
	} catch {
		return null;
	}
}
