/** « Écrire ma journée »: today's entry, created on first use, in the stage that covers today. */
import { createEntry, listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listStages } from '$lib/data/stage.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import type { Stage } from '$lib/domain/schemas/stage.schema';

export type TodayEntry = { entryId: string } | { needsStage: true };

/** The stage running on `date`, else the last one started before it, else the first one. */
export function stageForDate(stages: Stage[], date: string): Stage | undefined {
	const sorted = [...stages].sort((a, b) => a.startDate.localeCompare(b.startDate));
	return (
		sorted.find((s) => s.startDate <= date && date <= s.endDate) ??
		sorted.filter((s) => s.startDate <= date).at(-1) ??
		sorted[0]
	);
}

export async function openTodayEntry(db: JournalDb, today = todayLocal()): Promise<TodayEntry> {
	const existing = await listEntries(db, { from: today, to: today });
	if (existing[0]) return { entryId: existing[0]._id };
	const stage = stageForDate(await listStages(db), today);
	if (!stage) return { needsStage: true };
	const entry = await createEntry(db, { stageId: stage._id, date: today });
	return { entryId: entry._id };
}

export function entryHref(entryId: string): string {
	return `/journal/${encodeURIComponent(entryId)}`;
}
