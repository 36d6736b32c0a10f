/**
 * What is new for a student: the visas and comments tutors and teachers wrote on their weeks that
 * the student has not seen yet. « Seen » means shown on the week's page on this device (the ids
 * are remembered), or older than the day the device started counting (`since`), so a phone signed
 * in for the first time does not call a whole year of visas new. A visa signed offline days ago
 * but received today still counts: it is new by id, not by date.
 */
import { mondayOf } from '../calendar/dates.ts';
import { weekId } from '../ids.ts';

export interface NewsItem {
	id: string;
	kind: 'visa' | 'comment';
	weekId: string;
	/** When it was written (`signedAt` / `createdAt`). */
	at: string;
}

export interface SeenNews {
	/** Instant the device started counting; older items are not news. */
	since: string;
	/** Ids already shown to the student. */
	ids: readonly string[];
}

interface NewsSource {
	visas: readonly { _id: string; weekId: string; signedAt: string }[];
	comments: readonly { _id: string; targetId: string; createdAt: string }[];
	entries: readonly { _id: string; stageId: string; date: string }[];
}

/**
 * Every visa and every comment on a week or an entry, with the week it belongs to. Comments on
 * an entry the journal no longer has are left out (no week to show them in). Throws a RangeError
 * when an entry carries an invalid date.
 */
export function newsItems(source: NewsSource): NewsItem[] {
	const weekOfEntry = new Map(
		source.entries.map((e) => [e._id, weekId(mondayOf(e.date), e.stageId)])
	);
	const items: NewsItem[] = source.visas.map((v) => ({
		id: v._id,
		kind: 'visa',
		weekId: v.weekId,
		at: v.signedAt
	}));
	for (const c of source.comments) {
		const week = c.targetId.startsWith('week:') ? c.targetId : weekOfEntry.get(c.targetId);
		if (week) items.push({ id: c._id, kind: 'comment', weekId: week, at: c.createdAt });
	}
	return items;
}

/** The items not seen yet, newest first. Never throws. */
export function unseenNews(items: readonly NewsItem[], seen: SeenNews): NewsItem[] {
	const ids = new Set(seen.ids);
	return items
		.filter((item) => item.at >= seen.since && !ids.has(item.id))
		.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** « 1 nouveauté », « 3 nouveautés ». */
export function newsLabel(count: number): string {
	return `${count} nouveauté${count > 1 ? 's' : ''}`;
}
