/**
 * A photo taken with `capture` exists nowhere else on many phones: it is kept here, as picked,
 * until its processed version is stored in the journal, so a tab killed mid-processing loses
 * nothing. The original is deleted as soon as the processed photo is stored.
 */
import { deviceDb, type QueuedPhotoRow } from './device-db.ts';

export type QueuedPhoto = QueuedPhotoRow & { id: number };

export async function enqueuePhoto(photo: Omit<QueuedPhotoRow, 'id' | 'queuedAt'>): Promise<number> {
	return deviceDb().photoQueue.add({ ...photo, queuedAt: Date.now() });
}

export async function listQueuedPhotos(userId: string, entryId?: string): Promise<QueuedPhoto[]> {
	const rows = await deviceDb().photoQueue.where('userId').equals(userId).sortBy('queuedAt');
	return rows.filter((row): row is QueuedPhoto => !entryId || row.entryId === entryId);
}

export async function removeQueuedPhoto(id: number): Promise<void> {
	await deviceDb().photoQueue.delete(id);
}
