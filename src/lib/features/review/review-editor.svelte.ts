/**
 * The author's form of a review: every change is stored in the local replica shortly after it
 * is typed (and at once on `flush`, e.g. when the page is hidden), so nothing is lost offline or
 * on reload. An invalid field keeps what was typed and says why in French; the rest is saved.
 */
import { saveReview } from '$lib/data/review.repository';
import { nowIso } from '$lib/data/documents';
import type { JournalDb } from '$lib/data/journal-db';
import { fieldErrors, reviewInputSchema, type Review, type ReviewInput } from '$lib/domain/schemas';
import { z } from 'zod';

const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'pending' | 'saved' | 'invalid' | 'failed';

export class ReviewEditor {
	input = $state<ReviewInput>({
		scheduledDate: '',
		participants: { student: '', tutor: '', teacher: '' },
		status: 'planned',
		notes: '',
		objectives: [],
		competenceIds: []
	});
	errors = $state<Record<string, string>>({});
	saveState = $state<SaveState>('idle');

	readonly #db: JournalDb;
	readonly #id: string;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(db: JournalDb, review: Review) {
		this.#db = db;
		this.#id = review._id;
		this.input = {
			scheduledDate: review.scheduledDate,
			scheduledTime: review.scheduledTime,
			participants: { ...review.participants },
			status: review.status,
			notes: review.notes,
			objectives: [...review.objectives],
			competenceIds: [...review.competenceIds]
		};
	}

	/** Call after every change of `input`: saves a moment later. */
	changed(): void {
		this.saveState = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Stores the current input now. Empty objectives (a line just added) are not stored. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (this.saveState !== 'pending') return;
		const candidate = {
			...$state.snapshot(this.input),
			objectives: this.input.objectives.map((o) => o.trim()).filter((o) => o !== '')
		};
		if (!candidate.scheduledTime) delete candidate.scheduledTime;
		const parsed = reviewInputSchema.safeParse(candidate);
		if (!parsed.success) {
			this.errors = fieldErrors(parsed.error);
			this.saveState = 'invalid';
			return;
		}
		this.errors = {};
		try {
			await saveReview(this.#db, this.#id, (current) => {
				if (!current) throw new Error('Ce bilan n’existe plus sur cet appareil.');
				const { scheduledTime: _old, ...rest } = current;
				return { ...rest, ...parsed.data, updatedAt: nowIso() };
			});
			this.saveState = 'saved';
		} catch (error) {
			this.errors = error instanceof z.ZodError ? fieldErrors(error) : {};
			this.saveState = 'failed';
		}
	}
}
