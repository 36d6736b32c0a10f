/**
 * Keeps the device in step with the school year after each session refresh:
 * - journals the server deleted (purge or deletion on request, `GET /api/journals/deleted`) lose
 *   their device copy: the PouchDB database, and for the user's own journal the drafts, queued
 *   photos and the cached session (the app then shows the sign-in page);
 * - a journal that became read-only (archived class) restarts the sync, which then only pulls.
 * - a journal whose tutor access ended (`endedDatabases`) loses its device copy unless the tutor
 *   wrote something there the server does not have yet (kept, never dropped).
 * Otherwise a journal is destroyed only when the server confirms it was deleted: one that is
 * merely no longer listed, or a session that expired, keeps everything.
 */
import type { Session } from '$lib/data/session.repository';
import { deviceDb, getSetting } from '$lib/data/device-db';
import { clearSession } from '$lib/data/session.repository';
import { forgetMirroredDrafts } from '$lib/features/forms/form-draft';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { forgetPendingVisas, pendingVisas } from '$lib/features/tutor/pending-visas';
import { droppedJournals, readOnlyChanged } from './read-only';

export const ACCOUNT_DELETED_MESSAGE =
	'Votre compte et vos données ont été supprimés par l’établissement (à votre demande ou à la fin de leur durée de conservation) : votre carnet et sa copie sur cet appareil ont été effacés.';

/** The names among `names` the server says were deleted; [] when it cannot be asked. */
export async function askDeleted(
	names: string[],
	fetchImpl: typeof fetch = fetch
): Promise<string[]> {
	if (names.length === 0) return [];
	try {
		const response = await fetchImpl(
			`/api/journals/deleted?names=${names.map(encodeURIComponent).join(',')}`,
			{ credentials: 'same-origin', headers: { Accept: 'application/json' } }
		);
		if (!response.ok) return [];
		const body = (await response.json()) as { deleted?: unknown };
		return Array.isArray(body.deleted)
			? body.deleted.filter((name): name is string => names.includes(name as string))
			: [];
	} catch {
		return []; // offline: try again at the next refresh
	}
}

async function forgetUserData(userId: string): Promise<void> {
	const db = deviceDb();
	await db.drafts.where('userId').equals(userId).delete();
	await db.photoQueue.where('userId').equals(userId).delete();
	await db.homeSnapshots.delete(userId);
	forgetMirroredDrafts(userId);
	await db.dashboardSummaries.where('userId').equals(userId).delete();
	await db.settings.bulkDelete([`sync:lastSyncedAt:${userId}`, `sync:pendingSince:${userId}`]);
}

/**
 * Visas and comments of a reader's journal the server does not have yet: in the replica, or
 * signed before the replica's code reached the phone (features/tutor/pending-visas).
 */
async function unsentReviews(name: string): Promise<number> {
	const kept = pendingVisas(name).length;
	const [{ openJournal }, { countPending }, { isReviewDoc }] = await Promise.all([
		import('$lib/data/journal-db'),
		import('$lib/sync/replication'),
		import('$lib/sync/sync-channel')
	]);
	const seq = await getSetting<number | string>(`sync:lastPushedSeq:${name}`, 0);
	const refused = await getSetting<Record<string, string>>(`sync:refused:${name}`, {});
	const inReplica = await countPending(openJournal(name.replace(/^journal_/, '')), seq, {
		refusedIds: Object.keys(refused),
		pushes: isReviewDoc
	});
	return kept + inReplica;
}

/** Journals of `previous` whose tutor access ended in `next` (not deleted, merely closed). */
function endedJournals(
	previous: Session | null,
	next: Session | null,
	deleted: string[]
): string[] {
	const ended = new Set((next?.endedDatabases ?? []).map((db) => db.name));
	return droppedJournals(previous, next).filter(
		(name) => ended.has(name) && !deleted.includes(name)
	);
}

export async function reconcileJournals(
	previous: Session | null,
	next: Session | null
): Promise<string | null> {
	const deleted = await askDeleted(droppedJournals(previous, next));
	const ended = endedJournals(previous, next, deleted);
	// Nothing to do most of the time: the sync code is not even loaded then.
	if (deleted.length === 0 && ended.length === 0 && !readOnlyChanged(previous, next)) return null;
	const { syncManager } = await import('$lib/sync/sync-manager.svelte');
	const wasRunning = syncManager.running;
	const closed: string[] = [];
	for (const name of ended) if ((await unsentReviews(name)) === 0) closed.push(name);
	if (deleted.length === 0 && closed.length === 0) {
		if (next && wasRunning && readOnlyChanged(previous, next)) await syncManager.start(next);
		return null;
	}
	const ownDeleted = previous !== null && deleted.includes(`journal_${previous.userId}`);
	// Signed out first: a page still starting (draft recovery, the home replacing its snapshot)
	// would otherwise open the journal again, and so create it again, while it is being deleted.
	if (ownDeleted) currentUser.set(null);
	await syncManager.stop();
	for (const name of [...deleted, ...closed]) await syncManager.destroyLocal(name);
	deleted.forEach(forgetPendingVisas);
	if (previous && ownDeleted) {
		await forgetUserData(previous.userId);
		await clearSession();
		return ACCOUNT_DELETED_MESSAGE;
	}
	if (next && wasRunning) await syncManager.start(next);
	return null;
}
