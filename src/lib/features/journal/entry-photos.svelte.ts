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
	updatePhotoConfidential,
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
import type { Redaction } from '$lib/features/photo/redact-geometry';

export interface ShownPhoto {
	photo: Photo;
	thumbUrl: string;
}

/** A picked photo waiting in the redaction editor (its original is only in the device queue). */
export interface PhotoToRedact {
	file: Blob;
	name: string;
	queueId?: number;
}

type Job = { file: Blob; queueId?: number; redactions?: Redaction[] };

export class EntryPhotos {
	items = $state<ShownPhoto[]>([]);
	busy = $state(0);
	errors = $state<string[]>([]);
	/** « Masquer des zones avant d’enregistrer »: picked photos go through the editor first. */
	redactFirst = $state(false);
	/** Photos waiting for the redaction editor, first one shown. */
	toRedact = $state<PhotoToRedact[]>([]);
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
		// Those picked for redaction go back to the editor: never stored unredacted.
		this.toRedact = queued
			.filter((q) => q.awaitingRedaction)
			.map((q) => ({ file: q.file, name: 'Photo', queueId: q.id }));
		const ready = queued.filter((q) => !q.awaitingRedaction);
		if (ready.length) await this.#process(ready.map((q) => ({ file: q.file, queueId: q.id })));
	}

	/** Processes and stores the files one by one; each failure is reported with its file name. */
	async add(files: File[]): Promise<void> {
		this.errors = [];
		const jobs: Job[] = [];
		const redactFirst = this.redactFirst;
		for (const file of files) {
			// Kept on the device first, so a tab killed while processing loses no photo.
			const queueId = await enqueuePhoto({
				userId: this.#userId,
				entryId: this.#entry._id,
				stageId: this.#entry.stageId,
				date: this.#entry.date,
				caption: '',
				file,
				...(redactFirst ? { awaitingRedaction: true } : {})
			}).catch(() => undefined);
			if (redactFirst) this.toRedact.push({ file, name: file.name, queueId });
			else jobs.push({ file, queueId });
		}
		await this.#process(jobs);
	}

	/** Stores the first photo of the editor with its regions burnt in (none: stored as is). */
	async confirmRedaction(redactions: Redaction[]): Promise<void> {
		const [first] = this.toRedact;
		if (!first) return;
		this.toRedact = this.toRedact.slice(1);
		await this.#process([{ file: first.file, queueId: first.queueId, redactions }]);
	}

	/** Drops the first photo of the editor: its original is removed from the device. */
	async cancelRedaction(): Promise<void> {
		const [first] = this.toRedact;
		if (!first) return;
		this.toRedact = this.toRedact.slice(1);
		if (first.queueId !== undefined) await removeQueuedPhoto(first.queueId);
	}

	async #process(jobs: Job[]): Promise<void> {
		this.busy += jobs.length;
		const { processPhoto, PhotoError } = await import('$lib/features/photo/process-photo');
		for (const { file, queueId, redactions = [] } of jobs) {
			try {
				const processed = await processPhoto(file, { redactions });
				const photo = await addPhoto(this.#db, {
					entryId: this.#entry._id,
					stageId: this.#entry.stageId,
					date: this.#entry.date,
					caption: '',
					image: processed.image,
					thumb: processed.thumb,
					width: processed.width,
					height: processed.height,
					sha256: processed.sha256,
					...(redactions.length ? { redacted: true } : {})
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

	async setConfidential(photoId: string, confidential: boolean): Promise<void> {
		const item = this.items.find((i) => i.photo._id === photoId);
		if (!item) return;
		try {
			item.photo = await updatePhotoConfidential(this.#db, photoId, confidential);
		} catch (error) {
			this.errors = [
				isQuotaError(error) ? QUOTA_MESSAGE : 'Choix « confidentiel » non enregistré.'
			];
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
