/**
 * What a reader (the student or a teacher) sees of each achievement: its validation state bound
 * to the content digest, the comments on it, what it still lacks, the tutor visa state of the
 * weeks behind its linked entries (the same `loadWeekView` the week pages use), and the
 * confidential entries and photos it points at (never shown to a jury).
 */
import { listAchievements } from '$lib/data/achievement.repository';
import { listComments } from '$lib/data/comment.repository';
import { listEntries } from '$lib/data/entry.repository';
import type { JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { getProfile } from '$lib/data/profile.repository';
import { listStages } from '$lib/data/stage.repository';
import { listValidations } from '$lib/data/validation.repository';
import { mondayOf } from '$lib/domain/calendar/dates';
import { isPhotoPublic, isPublic } from '$lib/domain/confidentiality';
import { weekId } from '$lib/domain/ids';
import {
	achievementDigest,
	achievementProblems,
	achievementValidationState,
	portfolioCoverage,
	type AchievementValidationState,
	type PortfolioCoverage
} from '$lib/domain/portfolio';
import type {
	Achievement,
	Comment,
	Entry,
	Photo,
	Profile,
	Stage,
	Validation
} from '$lib/domain/schemas';
import type { WeekVisaState } from '$lib/domain/visa';
import { loadWeekView } from '$lib/features/tutor/week-view';

export interface WeekBehind {
	weekId: string;
	monday: string;
	state: WeekVisaState;
	label: string;
}

export interface AchievementView {
	achievement: Achievement;
	digest: string;
	validation: { state: AchievementValidationState; latest?: Validation };
	comments: Comment[];
	problems: string[];
	weeks: WeekBehind[];
	confidentialEntryIds: string[];
	confidentialPhotoIds: string[];
}

export interface PortfolioData {
	profile: Profile | null;
	stages: Stage[];
	entries: Entry[];
	photos: Photo[];
	views: AchievementView[];
	coverage: PortfolioCoverage;
}

/** Visa states of the weeks behind linked entries, each week read once. */
async function weeksBehind(
	db: JournalDb,
	entries: readonly Entry[],
	cache: Map<string, Promise<WeekBehind | null>>
): Promise<WeekBehind[]> {
	const ids = [...new Set(entries.map((e) => weekId(mondayOf(e.date), e.stageId)))].sort();
	const found = await Promise.all(
		ids.map((id) => {
			let pending = cache.get(id);
			if (!pending) {
				pending = loadWeekView(db, id).then((view) =>
					view
						? {
								weekId: id,
								monday: view.report.monday,
								state: view.status.state,
								label: view.status.label
							}
						: null
				);
				cache.set(id, pending);
			}
			return pending;
		})
	);
	return found.filter((w): w is WeekBehind => w !== null);
}

/** Reads the portfolio of the journal in `db` (the student's own, or a teacher's replica). */
export async function loadPortfolio(db: JournalDb): Promise<PortfolioData> {
	const [profile, stages, achievements, validations, entries, photos] = await Promise.all([
		getProfile(db),
		listStages(db),
		listAchievements(db),
		listValidations(db),
		listEntries(db),
		listPhotos(db)
	]);
	const entryById = new Map(entries.map((e) => [e._id, e]));
	const photoById = new Map(photos.map((p) => [p._id, p]));
	const weekCache = new Map<string, Promise<WeekBehind | null>>();
	const views = await Promise.all(
		achievements.map(async (achievement) => {
			const linked = achievement.entryIds.flatMap((id) => entryById.get(id) ?? []);
			const [digest, comments, weeks] = await Promise.all([
				achievementDigest(achievement),
				listComments(db, achievement._id),
				weeksBehind(db, linked, weekCache)
			]);
			return {
				achievement,
				digest,
				validation: achievementValidationState(achievement._id, digest, validations),
				comments,
				problems: achievementProblems(achievement),
				weeks,
				confidentialEntryIds: linked.filter((e) => !isPublic(e)).map((e) => e._id),
				confidentialPhotoIds: achievement.photoIds.filter((id) => {
					const photo = photoById.get(id);
					return photo !== undefined && !isPhotoPublic(photo, entryById);
				})
			};
		})
	);
	return {
		profile,
		stages,
		entries,
		photos,
		views,
		coverage: portfolioCoverage({ achievements, option: profile?.option ?? 'SISR' })
	};
}
