/**
 * The API client against a real HTTP server that answers like the gateway (and like a gateway
 * in trouble). The happy paths against the real gateway are in tests/integration/sync-*.test.ts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '$lib/data/session.repository.ts';
import { createApiClient, type SyncControl } from './api-client.ts';
import { ApiError } from './errors.ts';
import { memorySessionStore } from './session-store.ts';

let server: Server;
let origin: string;
let answer: { status: number; body?: unknown } = { status: 200 };
const seen: IncomingMessage[] = [];

const me = {
	user: { id: 'lea', username: 'lea.martin', displayName: 'Léa Martin', role: 'student' },
	databases: [{ name: 'journal_lea', access: 'write' }],
	csrfToken: 'jeton'
};

beforeAll(async () => {
	server = createServer((req, res) => {
		seen.push(req);
		res.writeHead(answer.status, { 'Content-Type': 'application/json' });
		res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function client(sync?: SyncControl, baseUrl = origin) {
	const sessions = memorySessionStore();
	return {
		sessions,
		api: createApiClient({ baseUrl, sessions, sync: sync && (async () => sync) })
	};
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
	const error = await promise.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ApiError);
	return error as ApiError;
}

describe('api client', () => {
	it('stores the session at login and sends the CSRF token on writes only', async () => {
		answer = { status: 200, body: me };
		const { api, sessions } = client();
		const session = await api.login(' lea.martin ', 'demo-carnet');
		expect(session).toMatchObject({ userId: 'lea', role: 'student', csrfToken: 'jeton' });
		expect(await sessions.get()).toEqual(session);
		seen.length = 0;
		await api.fetchMe();
		await api.logout();
		expect(seen.map((r) => [r.method, r.url, r.headers['x-csrf-token']])).toEqual([
			['GET', '/api/me', undefined],
			['POST', '/api/auth/logout', 'jeton']
		]);
	});

	it('explains 401, 429, 5xx and network failures in French', async () => {
		const { api } = client();
		answer = { status: 401, body: { error: 'Identifiant ou mot de passe incorrect.' } };
		expect((await failure(api.login('x', 'y'))).message).toBe(
			'Identifiant ou mot de passe incorrect.'
		);
		answer = { status: 429, body: { error: 'Trop de tentatives. Réessayez dans 2 min.' } };
		const limited = await failure(api.login('x', 'y'));
		expect([limited.kind, limited.message]).toEqual([
			'rate-limited',
			'Trop de tentatives. Réessayez dans 2 min.'
		]);
		answer = { status: 503, body: { error: 'ECONNREFUSED 127.0.0.1:5984' } };
		const down = await failure(api.login('x', 'y'));
		expect(down.kind).toBe('server');
		expect(down.message).toMatch(/Le serveur rencontre un problème/); // no technical text
		const offline = createApiClient({
			baseUrl: 'http://127.0.0.1:9',
			sessions: memorySessionStore()
		});
		const network = await failure(offline.login('x', 'y'));
		expect(network.kind).toBe('network');
		expect(network.message).toMatch(/Pas de connexion/);
	});

	it('marks the session expired on 401 and keeps it offline', async () => {
		answer = { status: 200, body: me };
		const { api, sessions } = client();
		await api.login('lea.martin', 'demo-carnet');
		answer = { status: 401, body: { error: 'Session expirée.' } };
		const expired = await api.fetchMe();
		expect(expired.state).toBe('expired');
		expect((await sessions.get())?.expired).toBe(true);
		const cached = (await sessions.get()) as Session;
		const offline = createApiClient({ baseUrl: 'http://127.0.0.1:9', sessions });
		expect(await offline.fetchMe()).toMatchObject({ state: 'offline', session: cached });
		answer = { status: 200, body: me };
		const back = await api.fetchMe();
		expect(back.state).toBe('ok');
		expect(back.session?.expired).toBeUndefined();
	});

	it('refuses to log out with unsynced changes unless forced, and keeps the data then', async () => {
		answer = { status: 200, body: me };
		const destroyed: string[] = [];
		let pending = 3;
		const sync: SyncControl = {
			settle: async () => pending,
			stop: async () => undefined,
			destroyLocal: async (name) => void destroyed.push(name)
		};
		const { api, sessions } = client(sync);
		await api.login('lea.martin', 'demo-carnet');
		const refused = await failure(api.logout());
		expect(refused.kind).toBe('unsynced');
		expect(refused.message).toMatch(/^3 modifications ne sont pas encore synchronisées/);
		expect(await sessions.get()).not.toBeNull();
		expect(await api.logout({ force: true })).toEqual({ removedLocalData: false, pending: 3 });
		expect(destroyed).toEqual([]);
		expect(await sessions.get()).toBeNull();

		await api.login('lea.martin', 'demo-carnet');
		pending = 0;
		expect(await api.logout()).toEqual({ removedLocalData: true, pending: 0 });
		expect(destroyed).toEqual(['journal_lea']);
	});
});
