/**
 * The author's form of a review. Every change goes at once to a revision draft on the device
 * (`form-draft.ts`, one small row), then to the local replica shortly after (and at once on
 * `flush`, e.g. when the page is hidden): a tab killed right after a keystroke loses nothing.
 * The draft is cleared once the journal holds what it holds. A field the schema refuses keeps
 * what was typed (in the draft, across reloads) and its French message; the other fields are
 * saved with the stored value in its place.
 */
import { saveReview } from '$lib/data/review.repository';
import { nowIso } from '$lib/data/documents';
import type { JournalDb } from '$lib/data/journal-db';
import { fieldErrors, type Review } from '$lib/domain/schemas';
import {
	chooseDraft,
	clearFormDraft,
	keepRevisionDraft,
	mirrorDraftNow,
	openRevisionDraft,
	takeMirroredDraft
} from '$lib/features/forms/form-draft';
import { z } from 'zod';
import { LatestWriter } from './latest-writer';
import { checkReviewForm, reviewFormValues, type ReviewFormValues } from './review-form';

const SAVE_DELAY_MS = 400;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const STALE_NOTICE =
	'Vos modifications non enregistrées sur cet appareil ont été reprises, mais ce bilan a été modifié depuis : vérifiez avant de continuer.';

/** `partial`: saved, except the fields shown in error (kept on the device until corrected). */
export type SaveState = 'idle' | 'pending' | 'saved' | 'partial' | 'invalid' | 'failed';

export class ReviewEditor {
	input = $state<ReviewFormValues>(reviewFormValues({}));
	errors = $state<Record<string, string>>({});
	saveState = $state<SaveState>('idle');
	/** False until the device draft is read: the form shows only then, so no typing is replaced. */
	ready = $state(false);
	/** Set when the draft was typed on another version of the review than the one stored now. */
	draftNotice = $state<string | null>(null);

	readonly #db: JournalDb;
	readonly #userId: string;
	readonly #id: string;
	/** The review as last stored, and its form values and revision (what the draft is typed on). */
	#review: Review;
	#stored: ReviewFormValues;
	#rev: string | null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Draft writes in order, the latest only while one runs (see `LatestWriter`). */
	readonly #drafts = new LatestWriter();
	/** Changes made, and changes the last save attempt covered: typing during a save is not lost. */
	#edits = 0;
	#handled = 0;

	constructor(db: JournalDb, userId: string, review: Review) {
		this.#db = db;
		this.#userId = userId;
		this.#id = review._id;
		this.#review = review;
		this.#stored = reviewFormValues(review);
		this.#rev = review._rev ?? null;
		this.input = reviewFormValues(review);
	}

	/** The draft's form key: the review's id (`review:…`). */
	get #form(): string {
		return this.#id;
	}

	/**
	 * Shows the draft when it holds typing. A draft typed on the current version is saved at once
	 * (a killed tab never reached the journal); one typed on an older version waits for the author.
	 */
	async open(): Promise<void> {
		// What the page's end mirrored is newer than the IndexedDB draft (see `mirrorDraftNow`).
		const mirrored = takeMirroredDraft<ReviewFormValues>(this.#userId, this.#form);
		const draft = mirrored
			? chooseDraft(mirrored, this.#stored, this.#rev)
			: await openRevisionDraft(this.#userId, this.#form, this.#stored, this.#rev).catch(() => ({
					values: this.#stored,
					fromDraft: false,
					stale: false
				}));
		if (mirrored && draft.fromDraft) {
			const [values, stored, rev] = [draft.values, this.#stored, mirrored.base];
			void this.#drafts.write(() =>
				keepRevisionDraft(this.#userId, this.#form, values, stored, rev)
			);
		}
		this.input = reviewFormValues(draft.values, this.#stored);
		this.draftNotice = draft.stale ? STALE_NOTICE : null;
		this.ready = true;
		if (!draft.fromDraft) return;
		const check = checkReviewForm(this.input);
		if (!check.ok) this.errors = check.errors;
		if (!draft.stale) this.changed();
	}

	/** Call after every change of `input`: kept on the device now, saved a moment later. */
	changed(): void {
		if (!this.ready) return;
		this.#edits++;
		this.#keepDraft();
		this.saveState = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/**
	 * Stores the current input now (what the schema accepts of it), and the last draft at once:
	 * called when the page is hidden, which may be its end.
	 */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#drafts.hurry();
		if (!this.ready || this.#handled === this.#edits) return;
		const edits = this.#edits;
		this.#handled = edits;
		const check = checkReviewForm(reviewFormValues($state.snapshot(this.input)));
		this.errors = check.ok ? {} : check.errors;
		const data = check.ok ? check.data : check.keepValid(this.#review);
		if (!data) {
			this.saveState = 'invalid';
			return;
		}
		const done = check.ok ? 'saved' : 'partial';
		// Nothing new for the journal (a field being retyped, say): no revision for nothing.
		if (same(reviewFormValues(data), this.#stored)) {
			this.#keepDraft();
			this.saveState = done;
			return;
		}
		try {
			const saved = await saveReview(this.#db, this.#id, (current) => {
				if (!current) throw new Error('Ce bilan n’existe plus sur cet appareil.');
				const { scheduledTime: _old, ...rest } = current;
				return { ...rest, ...data, updatedAt: nowIso() };
			});
			this.#remember(saved);
			this.draftNotice = null;
			// Clears the draft when the journal now holds what is typed; keeps it on the new revision
			// otherwise (a refused field, or typing during the save).
			this.#keepDraft();
			if (this.#edits === edits) this.saveState = done;
		} catch (error) {
			if (this.#edits !== edits) return;
			if (error instanceof z.ZodError) this.errors = { ...fieldErrors(error), ...this.errors };
			// Any later flush tries again; the draft keeps everything meanwhile.
			this.#handled = -1;
			this.saveState = 'failed';
		}
	}

	/**
	 * The page may be ending (`pagehide`, hidden): what is typed and not in the journal yet is
	 * mirrored synchronously, since the IndexedDB write may not commit in time.
	 */
	keepOnPageEnd(): void {
		if (!this.ready || this.#handled === this.#edits) return;
		const values = reviewFormValues($state.snapshot(this.input));
		if (same(values, this.#stored)) return;
		mirrorDraftNow(this.#userId, this.#form, { base: this.#rev, values });
	}

	/** The page came back: the mirror of its end is not needed (and would be older). */
	dropPageEndMirror(): void {
		takeMirroredDraft(this.#userId, this.#form);
	}

	/** Back to the stored review: the draft is dropped. */
	async discardDraft(): Promise<void> {
		clearTimeout(this.#timer);
		this.#handled = this.#edits;
		await this.#drafts.write(() => clearFormDraft(this.#userId, this.#form));
		this.input = reviewFormValues(this.#stored);
		this.errors = {};
		this.draftNotice = null;
		this.saveState = 'idle';
	}

	#remember(review: Review): void {
		this.#review = review;
		this.#stored = reviewFormValues(review);
		this.#rev = review._rev ?? null;
	}

	#keepDraft(): void {
		const values = reviewFormValues($state.snapshot(this.input));
		const [stored, rev] = [this.#stored, this.#rev];
		// A device that refuses to store the draft still gets the journal save that follows.
		void this.#drafts.write(() => keepRevisionDraft(this.#userId, this.#form, values, stored, rev));
	}
}
