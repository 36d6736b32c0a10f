/**
 * The photos of one entry. Each picked file is processed on the device (the pipeline is loaded
 * on demand, never on the home page), then stored as its own document: a failed photo shows a
 * French message and never touches the entry's text.
 */
import { openJournal, type JournalDb } from '$lib/data/journal-db';
import {
	addPhoto,
	getPhotoBlob,
	listPhotos,
	updatePhotoCaption,
	deletePhoto
} from '$lib/data/photo.repository';
import {
	enqueuePhoto,
	listQueuedPhotos,
	removeQueuedPhoto
} from '$lib/data/photo-queue.repository';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import type { Entry } from '$lib/domain/schemas/entry.schema';
import type { Photo } from '$lib/domain/schemas/photo.schema';

export interface ShownPhoto {
	photo: Photo;
	thumbUrl: string;
}

export class EntryPhotos {
	items = $state<ShownPhoto[]>([]);
	busy = $state(0);
	errors = $state<string[]>([]);
	readonly #entry: Entry;
	readonly #userId: string;

	constructor(userId: string, entry: Entry) {
		this.#userId = userId;
		this.#entry = entry;
	}

	/** Always the live handle: iOS may have closed and reopened the journal meanwhile. */
	get #db(): JournalDb {
		return openJournal(this.#userId);
	}

	async load(): Promise<void> {
		const photos = await listPhotos(this.#db, { entryId: this.#entry._id });
		const items = await Promise.all(
			photos.map(async (photo) => ({
				photo,
				thumbUrl: URL.createObjectURL(await getPhotoBlob(this.#db, photo._id, 'thumb.jpg'))
			}))
		);
		this.release();
		this.items = items;
		// Originals a killed tab picked but never finished processing.
		const queued = await listQueuedPhotos(this.#userId, this.#entry._id);
		if (queued.length) await this.#process(queued.map((q) => ({ file: q.file, queueId: q.id })));
	}

	/** Processes and stores the files one by one; each failure is reported with its file name. */
	async add(files: File[]): Promise<void> {
		this.errors = [];
		const jobs: { file: Blob; queueId?: number }[] = [];
		for (const file of files) {
			// Kept on the device first, so a tab killed while processing loses no photo.
			const queueId = await enqueuePhoto({
				userId: this.#userId,
				entryId: this.#entry._id,
				stageId: this.#entry.stageId,
				date: this.#entry.date,
				caption: '',
				file
			}).catch(() => undefined);
			jobs.push({ file, queueId });
		}
		await this.#process(jobs);
	}

	async #process(jobs: { file: Blob; queueId?: number }[]): Promise<void> {
		this.busy += jobs.length;
		const { processPhoto, PhotoError } = await import('$lib/features/photo/process-photo');
		for (const { file, queueId } of jobs) {
			try {
				const processed = await processPhoto(file);
				const photo = await addPhoto(this.#db, {
					entryId: this.#entry._id,
					stageId: this.#entry.stageId,
					date: this.#entry.date,
					caption: '',
					image: processed.image,
					thumb: processed.thumb,
					width: processed.width,
					height: processed.height,
					sha256: processed.sha256
				});
				this.items.push({ photo, thumbUrl: URL.createObjectURL(processed.thumb) });
				if (queueId !== undefined) await removeQueuedPhoto(queueId);
			} catch (error) {
				// A file that is not a usable image never will be: drop it from the queue.
				if (error instanceof PhotoError && queueId !== undefined) await removeQueuedPhoto(queueId);
				const reason =
					error instanceof PhotoError
						? error.message
						: isQuotaError(error)
							? QUOTA_MESSAGE
							: 'La photo n’a pas pu être enregistrée.';
				this.errors.push(`${(file as File).name || 'Photo'} : ${reason}`);
			} finally {
				this.busy--;
			}
		}
	}

	async setCaption(photoId: string, caption: string): Promise<void> {
		const item = this.items.find((i) => i.photo._id === photoId);
		if (!item) return;
		try {
			item.photo = await updatePhotoCaption(this.#db, photoId, caption);
		} catch (error) {
			this.errors = [isQuotaError(error) ? QUOTA_MESSAGE : 'Légende non enregistrée.'];
		}
	}

	async remove(photoId: string): Promise<void> {
		await deletePhoto(this.#db, photoId);
		const item = this.items.find((i) => i.photo._id === photoId);
		if (item) URL.revokeObjectURL(item.thumbUrl);
		this.items = this.items.filter((i) => i.photo._id !== photoId);
	}

	fullSize(photoId: string): Promise<Blob> {
		return getPhotoBlob(this.#db, photoId, 'image.jpg');
	}

	release(): void {
		for (const item of this.items) URL.revokeObjectURL(item.thumbUrl);
	}
}
