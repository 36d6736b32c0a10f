/**
 * `POST /api/tutor/session { token }`: a tutor opens the link their student sent. The first use
 * creates a tutor account (no password) bound to that invitation's student and stage; any later
 * use of the same link (another phone) opens a session on the same account. Unknown tokens are
 * rate-limited like failed logins; the session lives only while the invitation does (the
 * gateway checks it on every request) and its cookie never outlives the link.
 *
 * The answer also carries the student's journal as the tutor's first pull would bring it
 * (`firstRead`: every document but photos, at their stored revisions), so a phone on a slow link
 * shows the weeks after this one request instead of a dozen replication round trips. The tutor
 * may read that whole journal through `/couch` anyway. Photos come apart (`photos`) as their
 * metadata only, attachments left out: with their `sha256` the phone computes the week's digest
 * and may sign before the JPEGs arrive; the phone keeps them in memory only (written into its
 * replica, a photo without its attachments would never be replicated whole), and the photos
 * themselves still come by replication.
 *
 * With them comes `referentielLabels`: the référentiel's labels of the activity ids those
 * entries use and the competences they mobilise, so the week page shows them without loading the
 * whole référentiel first (`src/lib/domain/referentiel/labels.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserDoc } from '../accounts/account-types.ts';
import { sessionBody, sessionCookie } from '../api/auth.routes.ts';
import type { Services } from '../api/context.ts';
import { ABSOLUTE_MS } from '../auth/sessions.ts';
import { clientIp, HttpError, readJson } from '../http/respond.ts';
import { couchFetch } from '../proxy/forward.ts';
import { sendCompressedJson } from './compressed-json.ts';
import { stateOf, type InvitationDoc, type InvitationStore } from './invitation-store.ts';
import { readStage } from './stage-of-journal.ts';
import { endedTutorSession } from '../lifecycle/journal-states.ts';
import type { ReferentielLabels } from '../../src/lib/domain/referentiel/labels.ts';
import { referentielLabelsFor } from '../../src/lib/domain/referentiel/referentiel.ts';

/** Past this, the phone pulls the journal by replication as before (a few hundred entries). */
const FIRST_READ_MAX_BYTES = 512 * 1024;

interface FirstRead {
	/** Every document but photos and design docs, as stored. */
	docs: unknown[];
	/** Photo documents without `_attachments` (metadata, `sha256`, stored `_rev`). */
	photos: unknown[];
}

/** What the first pull of `journal` would bring, photos as metadata; empty if unavailable. */
async function firstRead(services: Services, journal: string): Promise<FirstRead> {
	const none = { docs: [], photos: [] };
	const response = await couchFetch(
		services.couch,
		'GET',
		`/${encodeURIComponent(journal)}/_all_docs?include_docs=true`
	).catch(() => null);
	if (!response?.ok) return none;
	// Without `attachments=true`, attachments are stubs (digest, length): no image bytes here.
	const text = await response.text();
	if (text.length > FIRST_READ_MAX_BYTES) return none;
	const { rows } = JSON.parse(text) as { rows: { id: string; doc?: Record<string, unknown> }[] };
	const kept = rows.filter((row) => row.doc && !row.id.startsWith('_design/'));
	return {
		docs: kept.filter((row) => !row.id.startsWith('photo:')).map((row) => row.doc),
		photos: kept
			.filter((row) => row.id.startsWith('photo:'))
			.map((row) => {
				const { _attachments: _, ...metadata } = row.doc as Record<string, unknown>;
				return metadata;
			})
	};
}

/**
 * Labels of the activity ids of the live entries among `docs`: the only documents whose
 * référentiel ids a reader's week page shows (the week report's activities are its entries').
 */
function labelsOf(docs: unknown[]): ReferentielLabels {
	const ids = new Set<string>();
	for (const doc of docs as { type?: unknown; deleted?: unknown; activityIds?: unknown }[]) {
		if (doc.type !== 'entry' || doc.deleted === true || !Array.isArray(doc.activityIds)) continue;
		for (const id of doc.activityIds) if (typeof id === 'string') ids.add(id);
	}
	return referentielLabelsFor(ids);
}

/** Key of the rate limiter shared with login: one bucket per IP for all token guesses. */
const RATE_KEY = '#invitation';

export const UNKNOWN_LINK = 'Ce lien n’est pas valide. Demandez un nouveau lien à votre stagiaire.';
export const REVOKED_LINK = 'Ce lien a été révoqué.';
export const EXPIRED_LINK = 'Ce lien a expiré. Demandez un nouveau lien à votre stagiaire.';

async function tutorFor(
	services: Services,
	store: InvitationStore,
	invitation: InvitationDoc
): Promise<UserDoc> {
	const existing = invitation.tutorId ? await services.accounts.userById(invitation.tutorId) : null;
	if (existing) return existing;
	const stage = await readStage(services.couch, invitation.studentId, invitation.stageId);
	const created = await services.accounts.createInvitedTutor({
		displayName: stage?.tutorName ?? 'Tuteur·rice',
		invitationId: invitation._id,
		studentId: invitation.studentId,
		stageId: invitation.stageId
	});
	const now = new Date().toISOString();
	const saved = await store.update(invitation._id, (doc) =>
		doc.tutorId ? null : { ...doc, tutorId: created.id, usedAt: doc.usedAt ?? now }
	);
	// Two phones opening the link at once: the first account recorded wins, the other is unused.
	const winner = saved?.tutorId ? await services.accounts.userById(saved.tutorId) : null;
	return winner ?? created;
}

export async function openTutorSession(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	store: InvitationStore
): Promise<void> {
	// JSON only: an HTML form from another site cannot send it (there is no CSRF token yet).
	if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
		throw new HttpError(415, 'Contenu JSON attendu.');
	const body = (await readJson(req, 10_000)) as { token?: unknown } | null;
	const token = typeof body?.token === 'string' ? body.token.trim() : '';
	const ip = clientIp(req);
	const wait = services.rateLimiter.retryAfter(RATE_KEY, ip);
	if (wait > 0) {
		throw new HttpError(429, `Trop de tentatives. Réessayez dans ${Math.ceil(wait / 60)} min.`, {
			'Retry-After': String(wait)
		});
	}
	const invitation = await store.byToken(token);
	if (!invitation) {
		services.rateLimiter.fail(RATE_KEY, ip);
		throw new HttpError(401, UNKNOWN_LINK);
	}
	const state = stateOf(invitation);
	if (state === 'revoked') throw new HttpError(410, REVOKED_LINK);
	if (state === 'expired') throw new HttpError(410, EXPIRED_LINK);
	const tutor = await tutorFor(services, store, invitation);
	// Tutor access ends by itself N days after the end of the stage (server/lifecycle).
	const ended = await endedTutorSession(services.access, services.settings, tutor);
	if (ended) throw new HttpError(410, ended);
	const { token: sessionToken, session } = await services.sessions.create(tutor.id);
	const untilExpiry = Date.parse(invitation.expiresAt) - Date.now();
	const maxAge = Math.floor(Math.min(ABSOLUTE_MS, untilExpiry) / 1000);
	res.setHeader('Set-Cookie', sessionCookie(services, sessionToken, maxAge));
	const answer = await sessionBody(services, tutor, session.csrfToken);
	// Only the journal this link opens, and only while the session may read it.
	const journal = `journal_${invitation.studentId}`;
	const readable = answer.databases.some((db) => db.name === journal && db.access === 'read');
	const read = readable ? await firstRead(services, journal) : null;
	const sent = read?.docs.length ? read : null;
	sendCompressedJson(req, res, 200, {
		...answer,
		firstRead: sent ? [{ name: journal, ...sent }] : [],
		...(sent ? { referentielLabels: labelsOf(sent.docs) } : {})
	});
}
