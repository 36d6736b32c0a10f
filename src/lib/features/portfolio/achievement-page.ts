/** Everything the achievement page needs: the editor, and the portfolio around it. */
import { deleteAchievement } from '$lib/data/achievement.repository';
import type { JournalDb } from '$lib/data/journal-db';
import {
	blocsForOption,
	referentiel,
	type Bloc,
	type Competence
} from '$lib/domain/referentiel/referentiel';
import type { Entry, Photo, Stage } from '$lib/domain/schemas';
import { AchievementEditor } from './achievement-editor.svelte';
import { loadPortfolio, type AchievementView } from './achievement-views';

export interface AchievementPage {
	editor: AchievementEditor;
	/** The stored achievement's view (validation, comments, weeks behind, confidential links). */
	view: AchievementView | undefined;
	stages: Stage[];
	/** Competences the student may tick: bloc 1, then the option's bloc 2 and bloc 3. */
	blocs: { bloc: Bloc; competences: Competence[] }[];
	entries: Entry[];
	/** The journal's photos; those of the linked entries may become productions. */
	photos: Photo[];
}

export async function loadAchievementPage(
	db: JournalDb,
	userId: string,
	id: string
): Promise<AchievementPage | null> {
	const editor = await AchievementEditor.open(db, userId, id);
	if (!editor) return null;
	const portfolio = await loadPortfolio(db);
	const option = portfolio.profile?.option ?? 'SISR';
	const { competences } = referentiel;
	return {
		editor,
		view: portfolio.views.find((v) => v.achievement._id === id),
		stages: portfolio.stages,
		blocs: blocsForOption(option).map(({ bloc }) => ({
			bloc,
			competences: competences.filter((c) => c.bloc === bloc.id)
		})),
		entries: portfolio.entries,
		photos: portfolio.photos
	};
}

/** The view alone (validation, comments, visas), re-read when a teacher's write arrives. */
export async function reloadAchievementView(
	db: JournalDb,
	id: string
): Promise<AchievementView | undefined> {
	return (await loadPortfolio(db)).views.find((v) => v.achievement._id === id);
}

/** Folds what was typed, then soft-deletes (the document stays, synced, with `deleted`). */
export async function removeAchievement(db: JournalDb, editor: AchievementEditor): Promise<void> {
	await editor.flush();
	await deleteAchievement(db, editor.achievement._id);
}
