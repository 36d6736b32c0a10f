/**
 * Current digests of the weeks a dashboard must compare with visas. Only weeks that carry at least
 * one visa need one (the other states come from the week document alone), which keeps a class of
 * 150 journals to the hashes that matter. The content is grouped the way `weekContent` reads it:
 * entries of the visa's stage dated Monday to Sunday, and their photos.
 */
import { mondayOf } from '../calendar/dates.ts';
import { weekDigest, type DigestEntry, type DigestPhoto } from '../digest/week-digest.ts';
import { mondayOfWeekId, weekId } from '../ids.ts';
import type { DashboardStudent } from './dashboard-types.ts';

/**
 * Map week id → digest of its current content. A week without a week document digests with empty
 * texts, as the weekly report does. Throws a RangeError when an entry has an invalid date, and
 * what `weekDigest` throws (a TypeError on values JSON cannot carry).
 */
export async function currentWeekDigests(
	student: Pick<DashboardStudent, 'weeks' | 'entries' | 'photos' | 'visas'>
): Promise<Map<string, string>> {
	const stageOfWeek = new Map(student.visas.map((v) => [v.weekId, v.stageId]));
	const entriesOfWeek = new Map<string, DigestEntry[]>();
	for (const entry of student.entries) {
		if (entry.deleted) continue;
		const id = weekId(mondayOf(entry.date), entry.stageId);
		if (stageOfWeek.get(id) !== entry.stageId) continue;
		const list = entriesOfWeek.get(id) ?? [];
		list.push(entry);
		entriesOfWeek.set(id, list);
	}
	const photosOfEntry = new Map<string, DigestPhoto[]>();
	for (const photo of student.photos) {
		const list = photosOfEntry.get(photo.entryId) ?? [];
		list.push(photo);
		photosOfEntry.set(photo.entryId, list);
	}
	const weeks = new Map(student.weeks.map((w) => [w._id, w]));
	const digests = await Promise.all(
		[...stageOfWeek].map(async ([id, stageId]) => {
			const monday = mondayOfWeekId(id) ?? '';
			const week = weeks.get(id) ?? { stageId, monday, summary: '', difficulties: '', learned: '' };
			const entries = entriesOfWeek.get(id) ?? [];
			const photos = entries.flatMap((e) => photosOfEntry.get(e._id) ?? []);
			return [id, await weekDigest({ week, entries, photos })] as const;
		})
	);
	return new Map(digests);
}
