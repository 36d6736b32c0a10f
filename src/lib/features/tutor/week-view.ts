/**
 * Everything a reader sees of one week, from the local replica: the report (days, entries,
 * photos, totals), its visas and their state, the comments, and — when the week changed after
 * a signature — the list of what changed. Shared by the tutor's page and the student's.
 */
import { listComments } from '$lib/data/comment.repository';
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { listStages } from '$lib/data/stage.repository';
import { getRevision, listVisas } from '$lib/data/visa.repository';
import { listWeeks } from '$lib/data/week.repository';
import { addDays } from '$lib/domain/calendar/dates';
import {
	weekContent,
	type WeekContent,
	type WeekDigestInput
} from '$lib/domain/digest/week-digest';
import { mondayOfWeekId, randOf } from '$lib/domain/ids';
import type { Comment, Entry, Photo, Stage, Visa, Week } from '$lib/domain/schemas';
import {
	describeChangesSinceVisa,
	weekVisaState,
	type WeekChange,
	type WeekVisaStatus
} from '$lib/domain/visa';
import { buildWeekReport, type WeekReport } from '$lib/domain/week-report/week-report';

export interface WeekDocs {
	stage: Stage;
	week: Week | null;
	entries: Entry[];
	photos: Photo[];
}

export interface WeekView extends WeekDocs {
	report: WeekReport;
	visas: Visa[];
	status: WeekVisaStatus<Visa>;
	comments: Comment[];
}

/** The stage, week document, entries and photos of a week id; null when not (yet) on the device. */
export async function loadWeekDocs(db: JournalDb, id: string): Promise<WeekDocs | null> {
	const monday = mondayOfWeekId(id);
	const stage = (await listStages(db)).find((s) => randOf(s._id) === randOf(id));
	if (!monday || !stage) return null;
	const [weeks, entries, photos] = await Promise.all([
		listWeeks(db),
		listEntries(db, { from: monday, to: addDays(monday, 6) }),
		listPhotos(db, { stageId: stage._id })
	]);
	return {
		stage,
		week: weeks.find((w) => w._id === id) ?? null,
		entries: entries.filter((e) => e.stageId === stage._id),
		photos
	};
}

export async function loadWeekView(db: JournalDb, id: string): Promise<WeekView | null> {
	const docs = await loadWeekDocs(db, id);
	if (!docs) return null;
	const monday = mondayOfWeekId(id) as string;
	const [report, visas, comments] = await Promise.all([
		buildWeekReport({ ...docs, monday }),
		listVisas(db, id),
		listComments(db, id)
	]);
	const status = weekVisaState({ week: docs.week, visas, currentDigest: report.digest });
	return { ...docs, report, visas, status, comments };
}

/** What `weekContent`/`weekDigest` take for the week as it is now on the device. */
export function digestInput(view: WeekDocs, monday: string): WeekDigestInput {
	const week = { ...emptyTexts(view), stageId: view.stage._id, monday };
	return { week, entries: view.entries, photos: view.photos };
}

/** The live content of a week (what a new visa would sign). */
export function currentContent(view: WeekDocs, monday: string): WeekContent {
	return weekContent(digestInput(view, monday));
}

function emptyTexts(view: WeekDocs) {
	const w = view.week;
	return {
		summary: w?.summary ?? '',
		difficulties: w?.difficulties ?? '',
		learned: w?.learned ?? ''
	};
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
