/**
 * The request handler: security headers on everything, then `/api/*` (auth, admin), `/couch/*`
 * (sync proxy) or the built app. Authentication is the session cookie; every non-GET request to
 * `/api/*` and `/couch/*` must carry `X-CSRF-Token` matching the session (login excepted).
 * Errors are answered in French and never logged with personal data.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeAdmin } from './api/admin.routes.ts';
import {
	routeLifecycle,
	routeLifecycleAdmin,
	routePublicLifecycle
} from './api/lifecycle.routes.ts';
import { endedTutorSession } from './lifecycle/journal-states.ts';
import { login, logout, me } from './api/auth.routes.ts';
import { myClasses } from './api/classes.routes.ts';
import { routeSchool } from './api/school.routes.ts';
import { SESSION_COOKIE, type Caller, type Services } from './api/context.ts';
import { HttpError, parseCookies, sendError } from './http/respond.ts';
import { InvitationStore } from './invitations/invitation-store.ts';
import { routeInvitations } from './invitations/invitations.routes.ts';
import { openTutorSession } from './invitations/tutor-session.routes.ts';
import { createCouchProxy } from './proxy/couch-proxy.ts';
import { sendCouchError } from './proxy/forward.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sameToken(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

export function createGateway(
	services: Services,
	serveStatic: Handler,
	applyHeaders: (res: ServerResponse, path: string) => void
): Handler {
	const proxy = createCouchProxy(
		services.couch,
		services.access,
		services.changesMaxWaitMs,
		(user, db, docs) => {
			// Signatures (visas, signed reviews) go in the audit trail: ids only.
			for (const doc of docs) {
				if (typeof doc.signerId !== 'string') continue;
				services.audit.note({
					actorId: user.id,
					actorRole: user.role,
					action: 'signed',
					target: db,
					details: {
						docId: String(doc._id),
						type: String(doc.type),
						...(typeof doc.stageId === 'string' ? { stageId: doc.stageId } : {})
					}
				});
			}
		}
	);
	const invitations = new InvitationStore(services.accounts);

	async function authenticate(req: IncomingMessage): Promise<Caller | null> {
		const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
		const session = await services.sessions.find(token);
		if (!token || !session) return null;
		const user = await services.accounts.userById(session.userId);
		if (!user) return null;
		// A tutor invited by a link has access only while the link is live (not revoked, not expired).
		if (user.invitationId && !(await invitations.isLive(user.invitationId))) return null;
		return { token, session, user };
	}

	/** A tutor invited by a link whose access ended (N days after the stage): session over. */
	async function refuseEndedTutor(caller: Caller): Promise<void> {
		const ended = await endedTutorSession(services.access, services.settings, caller.user);
		if (ended) throw new HttpError(401, ended);
	}

	function checkCsrf(req: IncomingMessage, caller: Caller | null): void {
		if (req.method === 'GET' || req.method === 'HEAD') return;
		const header = req.headers['x-csrf-token'];
		if (!caller || typeof header !== 'string' || !sameToken(header, caller.session.csrfToken)) {
			throw new HttpError(403, 'Jeton CSRF manquant ou invalide. Rechargez la page.');
		}
	}

	async function api(
		req: IncomingMessage,
		res: ServerResponse,
		path: string,
		search: string
	): Promise<void> {
		if (path === '/api/auth/login' && req.method === 'POST') return login(req, res, services);
		if (path === '/api/tutor/session' && req.method === 'POST')
			return openTutorSession(req, res, services, invitations);
		if (await routePublicLifecycle(req, res, services, path, search)) return;
		if (await routeSchool(req, res, services, path)) return;
		const caller = await authenticate(req);
		if (path === '/api/auth/logout' && req.method === 'POST') {
			if (caller) checkCsrf(req, caller);
			return logout(res, services, caller);
		}
		if (!caller) throw new HttpError(401, 'Vous n’êtes pas connecté.');
		await refuseEndedTutor(caller);
		checkCsrf(req, caller);
		if (path === '/api/me' && req.method === 'GET') return me(res, services, caller);
		if (await routeLifecycle(req, res, services, caller, path)) return;
		if (
			path.startsWith('/api/admin/') &&
			(await routeLifecycleAdmin(req, res, services, caller, path, search))
		)
			return;
		if (path.startsWith('/api/admin/')) return routeAdmin(req, res, services, caller, path);
		if (path === '/api/invitations' || path.startsWith('/api/invitations/'))
			return routeInvitations(req, res, services, invitations, caller, path, search);
		if (path === '/api/classes/mine' && req.method === 'GET')
			return myClasses(res, services, caller);
		throw new HttpError(404, 'Adresse inconnue.');
	}

	async function couch(req: IncomingMessage, res: ServerResponse, path: string, search: string) {
		const caller = await authenticate(req);
		if (!caller) throw new HttpError(401, 'Vous n’êtes pas connecté.');
		await refuseEndedTutor(caller);
		checkCsrf(req, caller);
		// Asked again before a long wait for changes is answered (proxy/changes-feed.ts).
		const stillAllowed = async () => {
			const again = await authenticate(req);
			if (!again) return false;
			return !(await endedTutorSession(services.access, services.settings, again.user));
		};
		await proxy(req, res, caller.user, path.slice('/couch'.length), search, stillAllowed);
	}

	return async function handle(req, res) {
		const raw = req.url ?? '/';
		const query = raw.indexOf('?');
		const path = query === -1 ? raw : raw.slice(0, query);
		applyHeaders(res, path);
		const search = query === -1 ? '' : raw.slice(query);
		const isCouch = path === '/couch' || path.startsWith('/couch/');
		try {
			if (path.startsWith('/api/')) await api(req, res, path, search);
			else if (isCouch) await couch(req, res, path, search);
			else await serveStatic(req, res);
		} catch (error) {
			const known = error instanceof HttpError ? error : null;
			if (!known)
				console.error(
					`[gateway] ${req.method} ${isCouch ? '/couch/…' : path.split('/').slice(0, 3).join('/')}: ${(error as Error).name}`
				);
			const status = known?.status ?? 500;
			const message = known?.message ?? 'Erreur interne du serveur.';
			// A refused upload may still be arriving: close the connection rather than read it.
			if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
			if (res.headersSent) res.destroy();
			else if (isCouch) sendCouchError(res, status, message);
			else sendError(res, known ?? new HttpError(500, message));
		}
	};
}
