/**
 * Whether the home shown last can be painted again today, and how. Only the day may have moved:
 * within the same calendar week the entries, the report and the stage are still the journal's
 * last known state, so today's entry and the progress are read again for the new day. A new
 * week (or a new stage) needs the journal: no snapshot then.
 */
import { addDays } from '$lib/domain/calendar/dates';
import type { HomeSummary } from './home-summary';

/** Bumped whenever `HomeSummary` changes shape: older snapshots are then ignored. */
export const HOME_SNAPSHOT_VERSION = 1;

export function snapshotForToday(snapshot: HomeSummary, today: string): HomeSummary | null {
	if (snapshot.today === today) return snapshot;
	if (today < snapshot.today) return null; // the phone's clock went back: trust nothing
	if (snapshot.stage) {
		const monday = snapshot.week?.monday;
		if (!monday || today > addDays(monday, 6)) return null;
		// Today may have left the stage's dates (its last day was yesterday): the journal decides.
		if (today > snapshot.stage.endDate || today < snapshot.stage.startDate) return null;
	}
	const days = snapshot.weeks.flatMap((w) => w.workingDays);
	return {
		...snapshot,
		today,
		todayEntry: snapshot.weekEntries.find((e) => e.date === today) ?? null,
		progress: { done: days.filter((d) => d <= today).length, total: days.length }
	};
}
