/** Live notifications of local changes (own writes and replicated ones), for reactive views. */
import type { JournalDb } from './journal-db.ts';

export function onJournalChange(db: JournalDb, callback: (id: string) => void): () => void {
	const feed = db.changes({ since: 'now', live: true }).on('change', (change) => callback(change.id));
	return () => feed.cancel();
}
