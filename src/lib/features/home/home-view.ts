/**
 * The student's home, kept current. The home shown last (Dexie snapshot) paints at once; the
 * journal's code (PouchDB, the schemas, the repositories: about half the JavaScript of the first
 * screen) loads once that first screen is up, reads the journal, replaces the snapshot and
 * follows every change. Without a usable snapshot (first opening, a new week) the week's card
 * waits for the journal.
 */
import { onJournalChange } from '$lib/data/changes';
import { loadHomeSnapshot, saveHomeSnapshot } from '$lib/data/home-snapshot.repository';
import { todayLocal } from '$lib/domain/calendar/dates';
import { afterFirstPaint } from '$lib/features/pwa/after-first-paint';
import { coalesce } from '$lib/features/tutor/coalesce';
import { HOME_SNAPSHOT_VERSION, snapshotForToday } from './home-snapshot';
import type { HomeSummary } from './home-summary';

export type { HomeSummary };

/** The home was already opened in this page (client-side navigation back to it). */
let openedBefore = false;

/** Calls `show` with the snapshot, then with the journal's state at each change; returns `close`. */
export function openHome(userId: string, show: (summary: HomeSummary) => void): () => void {
	let closed = false;
	let detach: (() => void) | undefined;
	void (async () => {
		const today = todayLocal();
		// Back on the home later in the visit, the journal's code is here and reads in a moment:
		// no snapshot then, which edits made on other pages since may have outdated.
		const again = openedBefore;
		openedBefore = true;
		const stored = again
			? null
			: await loadHomeSnapshot<HomeSummary>(userId, HOME_SNAPSHOT_VERSION).catch(() => null);
		const snapshot = stored && snapshotForToday(stored, today);
		if (snapshot && !closed) show(snapshot);
		// Even without a snapshot the first screen does not wait: the greeting and « Écrire ma
		// journée » need no journal, the week's card follows.
		await afterFirstPaint();
		const [{ homeSummary }, { userJournal }] = await Promise.all([
			import('./home-summary'),
			import('$lib/features/session/user-journal')
		]);
		if (closed) return;
		const db = userJournal();
		const refresh = coalesce(async () => {
			const summary = await homeSummary(db);
			if (closed) return;
			show(summary);
			await saveHomeSnapshot(userId, HOME_SNAPSHOT_VERSION, summary).catch(() => undefined);
		});
		detach = onJournalChange(db, () => void refresh());
		await refresh();
	})().catch((error: unknown) => console.warn('Accueil', error));
	return () => {
		closed = true;
		detach?.();
	};
}
