/** Tools typed in earlier entries, most used first, so the student taps instead of typing. */
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';

export async function toolSuggestions(db: JournalDb, limit = 12): Promise<string[]> {
	const counts = new Map<string, { name: string; count: number }>();
	for (const entry of await listEntries(db, {})) {
		for (const tool of entry.tools) {
			const key = tool.toLowerCase();
			const current = counts.get(key) ?? { name: tool, count: 0 };
			current.count++;
			counts.set(key, current);
		}
	}
	return [...counts.values()]
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'))
		.slice(0, limit)
		.map((t) => t.name);
}
