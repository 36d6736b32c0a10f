/**
 * A tutor arrives with `/tuteur#<token>`. The token is taken out of the address bar at once (so
 * it is not left in history, screenshots or a shared tab) and exchanged for a session. This part
 * is light (fetch only): the first screen paints from the answer before PouchDB, Dexie or the
 * schemas load; `tutor-session.ts` stores it on the phone afterwards.
 */
import type { Session } from '$lib/data/session.repository';
import type { ReferentielLabels } from '$lib/domain/referentiel/labels';
import { errorFromResponse, networkError } from '$lib/sync/errors';
import type { TutorDatabase } from './read-journals';

/** A document as the gateway stores it (exact `_rev`), received with the session. */
export type ReceivedDoc = Record<string, unknown> & { _id: string; _rev: string };

/** A journal's documents in the answer: photos apart, as metadata without attachments. */
export interface ReceivedJournal {
	name: string;
	docs: ReceivedDoc[];
	photos?: ReceivedDoc[];
}

export interface TutorExchange {
	session: Session;
	firstRead: ReceivedJournal[];
	/** Référentiel labels of the activities `firstRead`'s entries use; null when none came. */
	referentielLabels: ReferentielLabels | null;
}

interface SessionBody {
	user: { id: string; username: string; displayName: string; role: Session['role'] };
	databases: TutorDatabase[];
	csrfToken: string;
	firstRead?: ReceivedJournal[];
	referentielLabels?: ReferentielLabels;
}

/** Reads the token from the fragment and removes it from the address bar. */
export function takeTokenFromHash(): string | null {
	const token = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
	if (!token) return null;
	history.replaceState(history.state, '', location.pathname + location.search);
	return token;
}

/** Posts the token; see `readExchange`. */
export function exchangeToken(token: string): Promise<TutorExchange> {
	return readExchange(
		fetch('/api/tutor/session', {
			method: 'POST',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			credentials: 'same-origin',
			body: JSON.stringify({ token })
		})
	);
}

/**
 * The session and documents of an exchange's answer (this module's request, or the one the
 * link page's HTML started: early-exchange.ts). Throws `ApiError` with the gateway's French
 * message (revoked, expired, offline).
 */
export async function readExchange(request: Promise<Response>): Promise<TutorExchange> {
	let response: Response;
	try {
		response = await request;
	} catch {
		throw networkError();
	}
	if (!response.ok) throw await errorFromResponse(response);
	const body = (await response.json()) as SessionBody;
	return {
		session: {
			userId: body.user.id,
			username: body.user.username,
			displayName: body.user.displayName,
			role: body.user.role,
			databases: body.databases,
			csrfToken: body.csrfToken,
			savedAt: new Date().toISOString()
		},
		firstRead: body.firstRead ?? [],
		referentielLabels: body.referentielLabels ?? null
	};
}
