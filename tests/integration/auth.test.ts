/**
 * Authentication against the real gateway process: login, wrong password, rate limiting,
 * server-side logout, CSRF, cookie flags, security headers, sessions surviving a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { login, type MeBody } from './support/gateway-client.ts';

let app: RunningApp;

beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(app.url + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body)
	});

describe('login', () => {
	it('logs a demo student in with an httpOnly SameSite=Strict cookie and says who they are', async () => {
		const response = await post('/api/auth/login', {
			username: 'lea.martin',
			password: 'demo-carnet'
		});
		expect(response.status).toBe(200);
		const cookie = response.headers.get('set-cookie')!;
		expect(cookie).toMatch(/^carnet_session=[A-Za-z0-9_-]{43};/);
		expect(cookie).toContain('HttpOnly');
		expect(cookie).toContain('SameSite=Strict');
		expect(cookie).toContain('Path=/');
		expect(cookie).not.toContain('Secure'); // plain HTTP here; Secure when HTTPS=1
		const body = (await response.json()) as MeBody;
		expect(body.user).toMatchObject({
			username: 'lea.martin',
			displayName: 'Léa Martin',
			role: 'student'
		});
		expect(body.databases).toEqual([{ name: `journal_${body.user.id}`, access: 'write' }]);
		const me = await fetch(`${app.url}/api/me`, { headers: { cookie: cookie.split(';')[0]! } });
		expect(((await me.json()) as MeBody).user.id).toBe(body.user.id);
	});

	it('refuses a wrong password and an unknown user with the same French message', async () => {
		for (const attempt of [
			{ username: 'hugo.bernard', password: 'nope' },
			{ username: 'personne', password: 'demo-carnet' }
		]) {
			const response = await post('/api/auth/login', attempt);
			expect(response.status).toBe(401);
			expect(response.headers.get('set-cookie')).toBeNull();
			expect(await response.json()).toEqual({ error: 'Identifiant ou mot de passe incorrect.' });
		}
	});

	it('rate-limits repeated failures per username and IP, even with the right password', async () => {
		for (let i = 0; i < 5; i++) {
			expect(
				(await post('/api/auth/login', { username: 'ines.petit', password: `x${i}` })).status
			).toBe(401);
		}
		const blocked = await post('/api/auth/login', {
			username: 'ines.petit',
			password: 'demo-carnet'
		});
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(((await blocked.json()) as { error: string }).error).toMatch(/Trop de tentatives/);
		// Another account from the same IP is not locked out.
		await login(app.url, 'hugo.bernard');
	});

	it('requires a JSON body (a cross-site form post cannot log in)', async () => {
		const response = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'username=lea.martin&password=demo-carnet'
		});
		expect(response.status).toBe(415);
	});
});

describe('session', () => {
	it('answers 401 to /api/me without a session', async () => {
		const response = await fetch(`${app.url}/api/me`);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ error: 'Vous n’êtes pas connecté.' });
	});

	it('refuses non-GET requests without the CSRF header, to /api and /couch', async () => {
		const lea = await login(app.url, 'lea.martin');
		const noCsrf = await fetch(`${app.url}/api/auth/logout`, {
			method: 'POST',
			headers: { cookie: lea.cookie }
		});
		expect(noCsrf.status).toBe(403);
		const wrongCsrf = await fetch(`${app.url}/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			headers: {
				cookie: lea.cookie,
				'x-csrf-token': 'x'.repeat(32),
				'content-type': 'application/json'
			},
			body: JSON.stringify({ docs: [] })
		});
		expect(wrongCsrf.status).toBe(403);
		// The session survived both refused requests.
		expect((await lea.fetch('/api/me')).status).toBe(200);
	});

	it('ends the session server-side on logout (the old cookie no longer works anywhere)', async () => {
		const lea = await login(app.url, 'lea.martin');
		expect((await lea.fetch(`/couch/${lea.journal}`)).status).toBe(200);
		const out = await lea.fetch('/api/auth/logout', { method: 'POST' });
		expect(out.status).toBe(200);
		expect(out.headers.get('set-cookie')).toMatch(/carnet_session=;.*Max-Age=0/);
		expect((await lea.fetch('/api/me')).status).toBe(401);
		expect((await lea.fetch(`/couch/${lea.journal}`)).status).toBe(401);
	});

	it('sends the security headers on every response', async () => {
		for (const path of ['/', '/api/me', '/couch/_all_dbs', '/connexion']) {
			const response = await fetch(app.url + path);
			const csp = response.headers.get('content-security-policy') ?? '';
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("img-src 'self' blob: data:");
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).not.toContain("'unsafe-inline' 'self'");
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(response.headers.get('referrer-policy')).toBe('no-referrer');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('strict-transport-security')).toBeNull();
		}
	});

	it('keeps the document headers off the hashed scripts, but never off a document', async () => {
		const html = await (await fetch(app.url + '/')).text();
		const script = /\/_app\/immutable\/entry\/[\w.-]+\.js/.exec(html)?.[0];
		expect(script).toBeDefined();
		const asset = await fetch(app.url + script);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
		expect(asset.headers.get('referrer-policy')).toBe('no-referrer');
		expect(asset.headers.get('content-security-policy')).toBeNull();
		// Paths that climb out of the assets' folder end on the app's HTML: full headers there.
		for (const path of [
			'/_app/immutable/chunks/..%2F..%2F..%2Findex.html',
			'/_app/immutable/chunks/../../index.html',
			'/_app/immutable/chunks/nothing-here'
		]) {
			const response = await fetch(app.url + path);
			expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
		}
	});

	it('keeps sessions across a gateway restart on the same DATA_DIR', async () => {
		const hugo = await login(app.url, 'hugo.bernard');
		await app.stop();
		app = await startApp({ DATA_DIR: app.dataDir });
		const me = await fetch(`${app.url}/api/me`, { headers: { cookie: hugo.cookie } });
		expect(me.status).toBe(200);
		expect(((await me.json()) as MeBody).user.username).toBe('hugo.bernard');
	});

	it('refuses a malformed JSON login body with 400 and keeps serving', async () => {
		const response = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"username": "lea.martin", '
		});
		expect(response.status).toBe(400);
		await login(app.url, 'lea.martin');
	});

	it('marks the cookie Secure and sends HSTS when served over HTTPS (HTTPS=1)', async () => {
		const secure = await startApp({ HTTPS: '1' });
		try {
			const response = await fetch(`${secure.url}/api/auth/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username: 'lea.martin', password: 'demo-carnet' })
			});
			expect(response.headers.get('set-cookie')).toMatch(/; Secure$/);
			expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
		} finally {
			await secure.stop();
		}
	});
});
