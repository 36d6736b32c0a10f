/**
 * What a reader sees of one week, built from documents already in memory with the pure domain
 * functions only (no database, no schema code): the local replica's reader (`week-view.ts`) and
 * the tutor's first screen, which paints from the token exchange's answer before PouchDB loads,
 * share it, so both show exactly the same week and the same digest.
 */
import { addDays } from '$lib/domain/calendar/dates';
import {
	weekContent,
	type WeekContent,
	type WeekDigestInput
} from '$lib/domain/digest/week-digest';
import { mondayOfWeekId, randOf } from '$lib/domain/ids';
import type { Comment, Entry, Photo, Stage, Visa, Week } from '$lib/domain/schemas';
import { weekVisaState, type WeekVisaStatus } from '$lib/domain/visa';
import { buildWeekReport, type WeekReport } from '$lib/domain/week-report/week-report';

/** Live (not deleted) documents of one journal, or the part of it a caller read. */
export interface JournalDocs {
	stages: Stage[];
	weeks: Week[];
	entries: Entry[];
	photos: Photo[];
	visas: Visa[];
	comments: Comment[];
}

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

const byId = (a: { _id: string }, b: { _id: string }) =>
	a._id < b._id ? -1 : a._id > b._id ? 1 : 0;

/** The stage, week document, entries and photos of a week id; null when not (yet) known. */
export function weekDocsFrom(docs: JournalDocs, id: string): WeekDocs | null {
	const monday = mondayOfWeekId(id);
	const stage = docs.stages.find((s) => randOf(s._id) === randOf(id));
	if (!monday || !stage) return null;
	const sunday = addDays(monday, 6);
	return {
		stage,
		week: docs.weeks.find((w) => w._id === id) ?? null,
		entries: docs.entries
			.filter((e) => e.stageId === stage._id && e.date >= monday && e.date <= sunday)
			.sort(byId),
		photos: docs.photos.filter((p) => p.stageId === stage._id).sort(byId)
	};
}

export async function weekViewFrom(docs: JournalDocs, id: string): Promise<WeekView | null> {
	const week = weekDocsFrom(docs, id);
	if (!week) return null;
	const monday = mondayOfWeekId(id) as string;
	const report = await buildWeekReport({ ...week, monday });
	const visas = docs.visas.filter((v) => v._id.startsWith(`visa:${id}:`)).sort(byId);
	const comments = docs.comments.filter((c) => c._id.startsWith(`comment:${id}:`)).sort(byId);
	const status = weekVisaState({ week: week.week, visas, currentDigest: report.digest });
	return { ...week, report, visas, status, comments };
}

/**
 * Photos of the replica, completed by photo documents known from elsewhere (the token exchange
 * gives their metadata before replication brings them with their images). The replica's copy
 * wins: once a photo has arrived, only it is used.
 */
export function withKnownPhotos(replica: Photo[], known: readonly Photo[]): Photo[] {
	const here = new Set(replica.map((p) => p._id));
	return [...replica, ...known.filter((p) => !here.has(p._id) && !p.deleted)];
}

/** What `weekContent`/`weekDigest` take for the week as it is now on the device. */
export function digestInput(view: WeekDocs, monday: string): WeekDigestInput {
	const w = view.week;
	const week = {
		summary: w?.summary ?? '',
		difficulties: w?.difficulties ?? '',
		learned: w?.learned ?? '',
		stageId: view.stage._id,
		monday
	};
	return { week, entries: view.entries, photos: view.photos };
}

/** The live content of a week (what a new visa would sign). */
export function currentContent(view: WeekDocs, monday: string): WeekContent {
	return weekContent(digestInput(view, monday));
}
