/**
 * What changed in a student's week since the tutor signed it, for the teacher's journal view: the
 * same comparison the tutor and the student see (signed revisions from the local replica, then the
 * gateway when compacted here). Null when a signed revision cannot be read (offline).
 */
import { openJournal } from '$lib/data/journal-db';
import type { Visa } from '$lib/domain/schemas';
import type { WeekChange } from '$lib/domain/visa';
import { openGatewayCopy } from '$lib/features/tutor/tutor-journal';
import { changesSinceVisa, loadWeekView } from '$lib/features/tutor/week-view';

export async function weekChangesSinceVisa(
	studentId: string,
	weekId: string,
	visa: Visa
): Promise<WeekChange[] | null> {
	const db = openJournal(studentId);
	const view = await loadWeekView(db, weekId);
	if (!view) return null;
	return changesSinceVisa(db, view, visa, openGatewayCopy(`journal_${studentId}`)).catch(
		() => null
	);
}
