/**
 * The student's counter of what is new (visas and comments not seen yet), for the navigation and
 * the list of weeks: one instance, `studentNews`, started by the student's navigation and kept
 * current from the journal's changes feed. Opening a week's page marks its news as seen.
 */
import { onJournalChange } from '$lib/data/changes';
import type { JournalDb } from '$lib/data/journal-db';
import { getSeenNews, readNewsSource, saveSeenNews } from '$lib/data/news.repository';
import { newsItems, unseenNews, type NewsItem, type SeenNews } from '$lib/domain/news/unseen-news';
import { coalesce } from '$lib/features/tutor/coalesce';

export class StudentNews {
	#unseen = $state.raw<NewsItem[]>([]);
	#items: NewsItem[] = [];
	#seen: SeenNews | null = null;
	#db: JournalDb | null = null;
	#userId = '';
	#stop: (() => void) | null = null;

	get count(): number {
		return this.#unseen.length;
	}
	countOf(weekId: string): number {
		return this.#unseen.filter((item) => item.weekId === weekId).length;
	}

	/** Follows this student's journal (no-op when already following it). */
	start(db: JournalDb, userId: string): void {
		if (this.#db === db && this.#userId === userId) return;
		this.#stop?.();
		this.#db = db;
		this.#userId = userId;
		this.#seen = null;
		this.#stop = onJournalChange(db, (id) => {
			if (id.startsWith('visa:') || id.startsWith('comment:') || id.startsWith('entry:')) {
				void this.refresh();
			}
		});
		void this.refresh();
	}

	readonly refresh = coalesce(async () => {
		const db = this.#db;
		if (!db) return;
		try {
			this.#seen ??= await getSeenNews(this.#userId);
			this.#items = newsItems(await readNewsSource(db));
			this.#show(unseenNews(this.#items, this.#seen));
		} catch (error) {
			// A counter that cannot be computed shows nothing rather than a wrong number.
			console.warn('Nouveautés', error);
		}
	});

	/**
	 * The week's page is shown: its visas and comments are no longer news. Works on the items
	 * already read (a page calls it when `countOf` moves; a refresh here would move it again).
	 */
	async markWeekSeen(weekId: string): Promise<void> {
		const seen = this.#seen;
		if (!seen) return;
		const fresh = this.#items.filter((i) => i.weekId === weekId && !seen.ids.includes(i.id));
		if (fresh.length === 0) return;
		this.#seen = { since: seen.since, ids: [...seen.ids, ...fresh.map((i) => i.id)] };
		this.#show(unseenNews(this.#items, this.#seen));
		await saveSeenNews(this.#userId, this.#seen);
	}

	/** Replaces the list only when it changed, so readers do not re-run for nothing. */
	#show(unseen: NewsItem[]): void {
		const same =
			unseen.length === this.#unseen.length && unseen.every((n, i) => n.id === this.#unseen[i]?.id);
		if (!same) this.#unseen = unseen;
	}
}

export const studentNews = new StudentNews();
