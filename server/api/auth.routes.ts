/** `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/me`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicUser, type UserDoc } from '../accounts/account-types.ts';
import { verifyPassword } from '../accounts/password.ts';
import { ABSOLUTE_MS } from '../auth/sessions.ts';
import { clientIp, HttpError, readJson, sendJson } from '../http/respond.ts';
import { SESSION_COOKIE, type Caller, type Services } from './context.ts';
import { meLifecycle } from './lifecycle.routes.ts';

const WRONG = 'Identifiant ou mot de passe incorrect.';

export function sessionCookie(services: Services, token: string, maxAgeSeconds: number): string {
	const parts = [
		`${SESSION_COOKIE}=${token}`,
		'Path=/',
		'HttpOnly',
		'SameSite=Strict',
		`Max-Age=${maxAgeSeconds}`
	];
	if (services.secureCookies) parts.push('Secure');
	return parts.join('; ');
}

export async function sessionBody(services: Services, user: UserDoc, csrfToken: string) {
	return {
		user: publicUser(user),
		databases: await services.access.databasesOf(user),
		csrfToken,
		...(await meLifecycle(services, user))
	};
}

export async function login(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services
): Promise<void> {
	// JSON only: an HTML form from another site cannot send it (login has no CSRF token yet).
	if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
		throw new HttpError(415, 'Contenu JSON attendu.');
	}
	const body = (await readJson(req, 10_000)) as { username?: unknown; password?: unknown } | null;
	const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
	const password = typeof body?.password === 'string' ? body.password : '';
	if (!username || !password || username.length > 64 || password.length > 200)
		throw new HttpError(401, WRONG);
	const ip = clientIp(req);
	const wait = services.rateLimiter.retryAfter(username, ip);
	if (wait > 0) {
		throw new HttpError(429, `Trop de tentatives. Réessayez dans ${Math.ceil(wait / 60)} min.`, {
			'Retry-After': String(wait)
		});
	}
	const user = await services.accounts.userByUsername(username);
	const ok = await verifyPassword(password, user?.passwordHash);
	if (!user || !ok) {
		services.rateLimiter.fail(username, ip);
		throw new HttpError(401, WRONG);
	}
	services.rateLimiter.succeed(username, ip);
	const { token, session } = await services.sessions.create(user.id);
	res.setHeader('Set-Cookie', sessionCookie(services, token, Math.floor(ABSOLUTE_MS / 1000)));
	sendJson(res, 200, await sessionBody(services, user, session.csrfToken));
}

export async function logout(
	res: ServerResponse,
	services: Services,
	caller: Caller | null
): Promise<void> {
	if (caller) await services.sessions.destroy(caller.token);
	res.setHeader('Set-Cookie', sessionCookie(services, '', 0));
	sendJson(res, 200, { ok: true });
}

export async function me(res: ServerResponse, services: Services, caller: Caller): Promise<void> {
	sendJson(res, 200, await sessionBody(services, caller.user, caller.session.csrfToken));
}
