/**
 * A photo to show a reader: the local replica's attachment when it has arrived, else the
 * gateway's copy (thumbnails first; the full image only on tap). Without a replica yet (the
 * tutor's first screen, before PouchDB loads), the gateway's copy at once: the session cookie
 * lets the reader read the journal there. The caller revokes blob URLs.
 */
export type PhotoAttachment = 'image.jpg' | 'thumb.jpg';

/** Reads an attachment from the local replica (rejects when it has not arrived). */
export type PhotoBlobs = (id: string, name: PhotoAttachment) => Promise<Blob>;

export async function photoUrl(
	local: PhotoBlobs | null,
	journal: string,
	id: string,
	name: PhotoAttachment
): Promise<{ url: string; revoke: () => void }> {
	try {
		if (!local) throw new Error('No replica yet');
		const url = URL.createObjectURL(await local(id, name));
		return { url, revoke: () => URL.revokeObjectURL(url) };
	} catch {
		return { url: `/couch/${journal}/${encodeURIComponent(id)}/${name}`, revoke: () => undefined };
	}
}
