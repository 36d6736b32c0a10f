/** The student's home card: objectives of the latest review held and the next review planned. */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import { listReviews } from '$lib/data/review.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import { currentObjectives, type CurrentObjectives } from '$lib/domain/review';
import type { Review } from '$lib/domain/schemas';

export class HomeObjectives {
	current = $state.raw<CurrentObjectives<Review>>({ from: null, next: null });
	readonly #db: JournalDb;

	constructor(db: JournalDb) {
		this.#db = db;
	}

	attach(): () => void {
		void this.refresh();
		return onJournalChange(this.#db, (id) => {
			if (id.startsWith('review:')) void this.refresh();
		});
	}

	async refresh(): Promise<void> {
		this.current = currentObjectives(await listReviews(this.#db), todayLocal());
	}
}
