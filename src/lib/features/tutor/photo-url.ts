/**
 * A photo to show a reader: the local replica's attachment when it has arrived, else the
 * gateway's copy (thumbnails first; the full image only on tap). The caller revokes blob URLs.
 */
import type { JournalDb } from '$lib/data/journal-db';
import { getPhotoBlob, type PhotoAttachment } from '$lib/data/photo.repository';

export async function photoUrl(
	db: JournalDb,
	journal: string,
	id: string,
	name: PhotoAttachment
): Promise<{ url: string; revoke: () => void }> {
	try {
		const url = URL.createObjectURL(await getPhotoBlob(db, id, name));
		return { url, revoke: () => URL.revokeObjectURL(url) };
	} catch {
		return { url: `/couch/${journal}/${encodeURIComponent(id)}/${name}`, revoke: () => undefined };
	}
}
