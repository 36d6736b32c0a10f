/**
 * What the student's news counter reads: every visa and comment of the journal (and the entries
 * that place a comment in its week), and which of them this device already showed (Dexie
 * settings, never synced: each device counts for itself).
 */
import { commentSchema } from '$lib/domain/schemas/comment.schema.ts';
import type { SeenNews } from '$lib/domain/news/unseen-news.ts';
import { listDocs } from './documents.ts';
import { getSetting, setSetting } from './device-db.ts';
import { listEntries } from './entry.repository.ts';
import type { JournalDb } from './journal-db.ts';
import { listVisas } from './visa.repository.ts';

export async function readNewsSource(db: JournalDb) {
	const [visas, comments, entries] = await Promise.all([
		listVisas(db),
		listDocs(db, 'comment:', commentSchema),
		listEntries(db)
	]);
	return { visas, comments, entries: entries.filter((e) => !e.deleted) };
}

const key = (userId: string) => `news-seen:${userId}`;

/** The stored state; on the first call, starts counting from now and stores that. */
export async function getSeenNews(userId: string): Promise<SeenNews> {
	const stored = await getSetting<SeenNews | null>(key(userId), null);
	if (stored) return stored;
	const fresh = { since: new Date().toISOString(), ids: [] };
	await setSetting(key(userId), fresh);
	return fresh;
}

export async function saveSeenNews(userId: string, seen: SeenNews): Promise<void> {
	await setSetting(key(userId), { since: seen.since, ids: [...seen.ids] });
}
