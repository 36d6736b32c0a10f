/**
 * What the class dashboard keeps of one journal: the few facts its grid, attention list and
 * coverage need (stage dates, week statuses, entry dates/minutes/activities, visas with their
 * digests, and the current digest of every week that carries a visa). A summary is plain data
 * (structured-clonable, a few kB), so the teacher's device stores it between app opens and paints
 * the class from 150 small rows instead of re-reading and re-hashing 12 000 documents.
 */
import type {
	DashboardStage,
	DashboardStudent,
	DashboardVisa,
	LayoutEntry,
	LayoutStudent,
	LayoutWeek
} from './dashboard-types.ts';

/** Bumped whenever the shape or the meaning of a summary changes: older stored ones are ignored. */
export const SUMMARY_VERSION = 1;

export interface SummaryEntry extends LayoutEntry {
	activityIds: readonly string[];
}

export interface JournalSummary {
	studentId: string;
	name: string;
	option: 'SISR' | 'SLAM' | null;
	className: string | null;
	stages: DashboardStage[];
	weeks: LayoutWeek[];
	entries: SummaryEntry[];
	visas: DashboardVisa[];
	/** Week id → digest of its current content, for the weeks that carry a visa. */
	digests: Record<string, string>;
}

export interface SummarySource extends DashboardStudent {
	profile: { option?: 'SISR' | 'SLAM'; className?: string } | null;
}

/**
 * The summary of a journal whose digests are known (`digests` must hold every week with a visa;
 * see `currentWeekDigests`). Deleted entries and stages are dropped. Never throws.
 */
export function summarizeJournal(
	source: SummarySource,
	digests: ReadonlyMap<string, string>
): JournalSummary {
	return {
		studentId: source.studentId,
		name: source.name,
		option: source.profile?.option ?? null,
		className: source.profile?.className ?? null,
		stages: source.stages
			.filter((s) => !s.deleted)
			.map(({ _id, startDate, endDate }) => ({ _id, startDate, endDate })),
		weeks: source.weeks.map(({ _id, status, submittedAt }) =>
			submittedAt ? { _id, status, submittedAt } : { _id, status }
		),
		entries: source.entries
			.filter((e) => !e.deleted)
			.map(({ _id, stageId, date, minutes, activityIds }) => ({
				_id,
				stageId,
				date,
				minutes,
				activityIds: [...activityIds]
			})),
		visas: source.visas.map(({ _id, weekId, stageId, signerRole, decision, digest, signedAt }) => ({
			_id,
			weekId,
			stageId,
			signerRole,
			decision,
			digest,
			signedAt
		})),
		// A missing digest stays missing: `layoutClassDashboard` refuses it rather than guess.
		digests: Object.fromEntries(
			source.visas.flatMap((v) => {
				const digest = digests.get(v.weekId);
				return digest === undefined ? [] : [[v.weekId, digest]];
			})
		)
	};
}

/** The summary as `layoutClassDashboard` reads it (digests as a map, the session's name). */
export function layoutStudentOf(summary: JournalSummary, name = summary.name): LayoutStudent {
	return { ...summary, name, digests: new Map(Object.entries(summary.digests)) };
}
