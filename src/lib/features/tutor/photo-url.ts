/**
 * A photo to show a reader: the local replica's attachment when it has arrived, else the
 * gateway's copy (thumbnails first; the full image only on tap). Without a replica yet (the
 * tutor's first screen, before PouchDB loads), the gateway's copy at once: the session cookie
 * lets the reader read the journal there. The caller revokes blob URLs.
 */
import type { JournalDb } from '$lib/data/journal-db';
import type { PhotoAttachment } from '$lib/data/photo.repository';

export async function photoUrl(
	db: JournalDb | null,
	journal: string,
	id: string,
	name: PhotoAttachment
): Promise<{ url: string; revoke: () => void }> {
	try {
		if (!db) throw new Error('No replica yet');
		// Loaded with the replica already: no extra request.
		const { getPhotoBlob } = await import('$lib/data/photo.repository');
		const url = URL.createObjectURL(await getPhotoBlob(db, id, name));
		return { url, revoke: () => URL.revokeObjectURL(url) };
	} catch {
		return { url: `/couch/${journal}/${encodeURIComponent(id)}/${name}`, revoke: () => undefined };
	}
}
