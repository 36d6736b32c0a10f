/**
 * Everything a reader sees of one week, from the local replica: the report (days, entries,
 * photos, totals), its visas and their state, the comments, and — when the week changed after
 * a signature — the list of what changed. Shared by the tutor's page and the student's. The
 * view itself is built by `week-model.ts` (pure), which the tutor's first screen uses too.
 */
import { listComments } from '$lib/data/comment.repository';
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { listStages } from '$lib/data/stage.repository';
import { getRevision, listVisas } from '$lib/data/visa.repository';
import { listWeeks } from '$lib/data/week.repository';
import { addDays } from '$lib/domain/calendar/dates';
import { weekContent } from '$lib/domain/digest/week-digest';
import { mondayOfWeekId, randOf } from '$lib/domain/ids';
import type { Entry, Photo, Visa, Week } from '$lib/domain/schemas';
import { describeChangesSinceVisa, type WeekChange } from '$lib/domain/visa';
import {
	currentContent,
	weekDocsFrom,
	weekViewFrom,
	withKnownPhotos,
	type JournalDocs,
	type WeekDocs,
	type WeekView
} from './week-model';

export { currentContent, digestInput, type WeekDocs, type WeekView } from './week-model';

/**
 * The documents of a week id read from the replica; `knownPhotos` completes the photos not
 * replicated yet (see `withKnownPhotos`). Null when the stage is not (yet) on the device.
 */
async function readWeek(
	db: JournalDb,
	id: string,
	knownPhotos: readonly Photo[]
): Promise<JournalDocs | null> {
	const monday = mondayOfWeekId(id);
	const stages = (await listStages(db)).filter((s) => randOf(s._id) === randOf(id));
	const stage = stages[0];
	if (!monday || !stage) return null;
	const [weeks, entries, photos, visas, comments] = await Promise.all([
		listWeeks(db),
		listEntries(db, { from: monday, to: addDays(monday, 6) }),
		listPhotos(db, { stageId: stage._id }),
		listVisas(db, id),
		listComments(db, id)
	]);
	return { stages, weeks, entries, photos: withKnownPhotos(photos, knownPhotos), visas, comments };
}

/** The stage, week document, entries and photos of a week id; null when not (yet) on the device. */
export async function loadWeekDocs(
	db: JournalDb,
	id: string,
	knownPhotos: readonly Photo[] = []
): Promise<WeekDocs | null> {
	const docs = await readWeek(db, id, knownPhotos);
	return docs && weekDocsFrom(docs, id);
}

export async function loadWeekView(
	db: JournalDb,
	id: string,
	knownPhotos: readonly Photo[] = []
): Promise<WeekView | null> {
	const docs = await readWeek(db, id, knownPhotos);
	return docs && weekViewFrom(docs, id);
}

/**
 * What changed since `visa`, rebuilt from the revisions it covers (local replica first, then the
 * gateway). Null when a signed revision is unavailable (offline and compacted).
 */
export async function changesSinceVisa(
	db: JournalDb,
	view: WeekView,
	visa: Visa,
	gateway?: JournalDb
): Promise<WeekChange[] | null> {
	const docs = await Promise.all(visa.covers.map((c) => getRevision(db, c.id, c.rev, gateway)));
	if (docs.some((d) => d === null)) return null;
	const signed = docs as Record<string, unknown>[];
	const week = signed.find((d) => d.type === 'week') as unknown as Week | undefined;
	if (!week) return null;
	const before = weekContent({
		week,
		entries: signed.filter((d) => d.type === 'entry') as unknown as Entry[],
		photos: signed.filter((d) => d.type === 'photo') as unknown as Photo[]
	});
	return describeChangesSinceVisa(before, currentContent(view, view.report.monday));
}
