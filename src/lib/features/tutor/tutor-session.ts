/**
 * A tutor arrives with `/tuteur#<token>`. The token is taken out of the address bar at once (so
 * it is not left in history, screenshots or a shared tab), exchanged for a session, and the
 * student's journal starts replicating to this phone.
 *
 * The exchange's answer carries the journal's documents but photos (`firstRead`) at their
 * stored revisions; they are written into the local replica as such (`new_edits: false`, the
 * way replication writes), so the weeks show at once and a visa signed from them names
 * revisions the server has. Replication then finds them already there and brings the rest.
 */
import { saveSession, type Session, type SessionDatabase } from '$lib/data/session.repository';
import { syncManager } from '$lib/sync/sync-manager.svelte';
import { openGatewayDb } from '$lib/sync/remote-db';
import { pullOnce, pullTextFirst } from '$lib/sync/text-first';
import { addDays } from '$lib/domain/calendar/dates';
import { mondayOfWeekId } from '$lib/domain/ids';
import { openReplica } from './tutor-journal';
import { gatewayJson } from '$lib/features/invitation/gateway-json';
import { currentUser } from '$lib/features/session/current-user.svelte';

/** A journal the tutor reads, as the gateway lists it. */
export type TutorDatabase = SessionDatabase & { stageId?: string };

/** A document as the gateway stores it (exact `_rev`), received with the session. */
type ReceivedDoc = PouchDB.Core.PutDocument<Record<string, unknown>> & {
	_id: string;
	_rev: string;
};

interface SessionBody {
	user: { id: string; username: string; displayName: string; role: Session['role'] };
	databases: TutorDatabase[];
	csrfToken: string;
	firstRead?: { name: string; docs: ReceivedDoc[] }[];
}

/** Reads the token from the fragment and removes it from the address bar. */
export function takeTokenFromHash(): string | null {
	const token = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
	if (!token) return null;
	history.replaceState(history.state, '', location.pathname + location.search);
	return token;
}

/** Throws `ApiError` with the gateway's French message (revoked, expired, offline). */
export async function openTutorSession(token: string): Promise<Session> {
	const body = await gatewayJson<SessionBody>('/api/tutor/session', {
		method: 'POST',
		body: { token },
		csrf: false
	});
	const session: Session = {
		userId: body.user.id,
		username: body.user.username,
		displayName: body.user.displayName,
		role: body.user.role,
		databases: body.databases,
		csrfToken: body.csrfToken,
		savedAt: new Date().toISOString()
	};
	await saveSession(session);
	currentUser.set(session);
	const readable = new Set(readJournals(session).map((j) => j.name));
	await Promise.all(
		(body.firstRead ?? [])
			.filter((j) => readable.has(j.name))
			.map((j) => storeAsReplicated(openReplica(j.name), j.docs))
	);
	// In the background, the weeks already show. A journal that came with the session starts live
	// sync at once, with the photos of the weeks sent for a visa pulled first beside it (signing
	// needs the week exactly as sent, photos included); otherwise text first, then live sync.
	const received = new Map((body.firstRead ?? []).map((j) => [j.name, j.docs]));
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
		.then(() => syncManager.start(session))
		.catch((error: unknown) => console.warn('Synchronisation', error));
	return session;
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
	await db.bulkDocs(docs, { new_edits: false }).catch((error: unknown) => {
		console.warn('Premier chargement du carnet', error);
	});
}

/** The journals this session reads (a tutor may follow several students). */
export function readJournals(session: Session | null): TutorDatabase[] {
	return (session?.databases ?? []).filter((db) => db.access === 'read');
}

/**
 * Whether this phone may sign the week now. A visa must name every document of the week the
 * gateway has: safe once a complete sync has finished, or when the local content is exactly what
 * the student sent (`submittedDigest`). Before that (photos still arriving), `reason` says why in
 * French. Reactive (runes state of the sync manager).
 */
export function signReadiness(
	currentDigest: string,
	submittedDigest: string | undefined
): { ready: boolean; reason: string } {
	if (syncManager.lastSyncedAt !== null || currentDigest === submittedDigest) {
		return { ready: true, reason: '' };
	}
	return {
		ready: false,
		reason:
			syncManager.status === 'paused-offline'
				? 'Les photos de la semaine ne sont pas encore arrivées sur ce téléphone : reconnectez-vous un instant pour pouvoir signer.'
				: 'Téléchargement des photos… vous pourrez signer dans un instant.'
	};
}
