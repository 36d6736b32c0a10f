/** Everything the entry editor needs, read in parallel from the device. */
import type { JournalDb } from '$lib/data/journal-db';
import { getProfile } from '$lib/data/profile.repository';
import { getStage } from '$lib/data/stage.repository';
import type { Stage } from '$lib/domain/schemas/stage.schema';
import { activityGroupsFor, type ActivityGroup } from './activity-groups';
import { EntryEditor } from './entry-editor.svelte';
import { EntryPhotos } from './entry-photos.svelte';
import { toolSuggestions } from './tool-suggestions';

export interface EntryPage {
	editor: EntryEditor;
	photos: EntryPhotos;
	stage: Stage | null;
	groups: ActivityGroup[];
	suggestions: string[];
}

export async function loadEntryPage(
	db: JournalDb,
	userId: string,
	entryId: string
): Promise<EntryPage | null> {
	const editor = await EntryEditor.open(db, userId, entryId);
	if (!editor) return null;
	const [stage, profile, suggestions] = await Promise.all([
		getStage(db, editor.entry.stageId),
		getProfile(db),
		toolSuggestions(db)
	]);
	return {
		editor,
		photos: new EntryPhotos(userId, editor.entry),
		stage,
		groups: activityGroupsFor(profile?.option ?? null),
		suggestions
	};
}
