/** The reviews of a journal (optionally of one stage), kept live, and scheduling a new one. */
import { onJournalChange } from '$lib/data/changes';
import { listReviews } from '$lib/data/review.repository';
import type { Review } from '$lib/domain/schemas';
import { coalesce } from '$lib/features/tutor/coalesce';
import type { ReviewContext } from './review-context';
import {
	checkSchedule,
	scheduleReview,
	type ReviewAuthor,
	type ScheduleInput
} from './schedule-review';

export class StageReviews {
	items = $state.raw<Review[]>([]);
	loaded = $state(false);

	readonly #context: ReviewContext;
	readonly #stageIds: readonly string[];

	constructor(context: ReviewContext, stageIds: readonly string[]) {
		this.#context = context;
		this.#stageIds = stageIds;
	}

	attach(): () => void {
		void this.refresh();
		return onJournalChange(this.#context.db, (id) => {
			if (id.startsWith('review:')) void this.refresh();
		});
	}

	readonly refresh = coalesce(async () => {
		const reviews = await listReviews(this.#context.db);
		this.items = reviews
			.filter((r) => this.#stageIds.includes(r.stageId))
			.sort((a, b) => (a.scheduledDate < b.scheduledDate ? 1 : -1));
		this.loaded = true;
	});

	/** The new review, or the French message of each invalid field (the form keeps its input). */
	async schedule(
		author: ReviewAuthor,
		stageId: string,
		input: ScheduleInput
	): Promise<{ ok: true; review: Review } | { ok: false; errors: Record<string, string> }> {
		const checked = checkSchedule(input);
		if (!checked.ok) return checked;
		try {
			return { ok: true, review: await scheduleReview(this.#context.db, author, stageId, input) };
		} catch (error) {
			return { ok: false, errors: { '': error instanceof Error ? error.message : String(error) } };
		}
	}
}
