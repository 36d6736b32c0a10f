/**
 * Stores a tutor's session on the phone once the first screen is up (loaded on demand: PouchDB,
 * Dexie, the sync). The exchange's documents (`firstRead`, every document of the journal but
 * photos, at their stored revisions) are written into the local replica as such
 * (`new_edits: false`, the way replication writes), so a visa signed from them names revisions
 * the server has and replication finds them already there. The photos' metadata that came with
 * them is not written (see first-read.svelte.ts): replication brings the photos whole.
 */
import { saveSession, type Session } from '$lib/data/session.repository';
import { syncManager } from '$lib/sync/sync-manager.svelte';
import { openGatewayDb } from '$lib/sync/remote-db';
import { pullOnce, pullTextFirst } from '$lib/sync/text-first';
import { addDays } from '$lib/domain/calendar/dates';
import { mondayOfWeekId } from '$lib/domain/ids';
import { currentUser } from '$lib/features/session/current-user.svelte';
import { readJournals } from './read-journals';
import type { ReceivedDoc, TutorExchange } from './tutor-link';
import { openReplica } from './tutor-journal';

export { readJournals, type TutorDatabase } from './read-journals';

/** Resolves once the session and the journal's text are on the phone; live sync then starts. */
export async function storeTutorSession({ session, firstRead }: TutorExchange): Promise<void> {
	await saveSession(session);
	currentUser.set(session);
	const readable = new Set(readJournals(session).map((j) => j.name));
	const received = new Map(
		firstRead.filter((j) => readable.has(j.name)).map((j) => [j.name, j.docs])
	);
	await Promise.all(
		[...received].map(([name, docs]) => storeAsReplicated(openReplica(name), docs))
	);
	// In the background. A journal that came with the session starts live sync at once, with the
	// photos of the weeks sent for a visa pulled first beside it (their images are what the first
	// screen still lacks); otherwise text first, then live sync.
	void Promise.all(
		readJournals(session).map(async (j) => {
			const local = openReplica(j.name);
			const remote = (fetch: typeof globalThis.fetch) => openGatewayDb(j.name, fetch);
			const docs = received.get(j.name);
			if (!docs?.length) return pullTextFirst(local, remote);
			const inSentWeek = sentWeekPhotos(docs);
			if (inSentWeek) {
				void pullOnce(local, remote, { filter: inSentWeek, batchSize: 5, checkpoint: false });
			}
		})
	)
		.catch((error: unknown) => console.warn('Premier chargement du carnet', error))
		.then(() => startLiveSync(session));
}

/**
 * Starts live sync; if that fails (the phone went offline before the sync's own code arrived),
 * tries again when the network returns: the tutor's visa and the student's later edits depend
 * on it.
 */
function startLiveSync(session: Session): Promise<void> {
	return syncManager.start(session).catch((error: unknown) => {
		console.warn('Synchronisation', error);
		window.addEventListener('online', () => void startLiveSync(session), { once: true });
	});
}

/**
 * Whether a document is a photo of a week the student sent (`photo:<date>:…`, date within the
 * week); null when no week was sent.
 */
function sentWeekPhotos(docs: ReceivedDoc[]): ((doc: { _id: string }) => boolean) | null {
	const ranges = docs
		.filter((doc) => doc.type === 'week' && doc.status === 'submitted')
		.map((doc) => mondayOfWeekId(doc._id))
		.filter((monday) => monday !== null)
		.map((monday) => [`photo:${monday}`, `photo:${addDays(monday, 6)}:\uffff`] as const);
	if (!ranges.length) return null;
	return (doc) => ranges.some(([from, to]) => doc._id >= from && doc._id <= to);
}

/** Best effort: on failure the pull brings the same documents. */
async function storeAsReplicated(db: PouchDB.Database, docs: ReceivedDoc[]): Promise<void> {
	if (!docs.length) return;
	await db
		.bulkDocs(docs as PouchDB.Core.PutDocument<ReceivedDoc>[], { new_edits: false })
		.catch((error: unknown) => {
			console.warn('Premier chargement du carnet', error);
		});
}
