/**
 * Clients of a running gateway, one identity each: raw `fetch` with that user's cookie and CSRF
 * token (no shared cookie jar), and PouchDB remotes whose `fetch` injects the same headers.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { expect } from 'vitest';

export interface MeBody {
	user: { id: string; username: string; displayName: string; role: string };
	databases: { name: string; access: 'write' | 'read'; studentName?: string }[];
	csrfToken: string;
}

export interface UserClient {
	me: MeBody;
	cookie: string;
	/** fetch relative to the gateway with this user's cookie and CSRF header. */
	fetch(path: string, init?: RequestInit): Promise<Response>;
	remote(dbName: string): PouchDB.Database;
	journal: string;
}

export const DEMO_PASSWORD = 'demo-carnet';

export async function login(
	base: string,
	username: string,
	password = DEMO_PASSWORD
): Promise<UserClient> {
	const response = await fetch(`${base}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password })
	});
	expect(response.status, `login ${username}`).toBe(200);
	const client = await clientFromSession(base, response);
	// Who the gateway says this identity is, not who we think it is.
	const check = (await (await client.fetch('/api/me')).json()) as MeBody;
	expect(check.user.username).toBe(username);
	return client;
}

/**
 * The identity a successful login or tutor-link answer opened: its own cookie and CSRF token on
 * every request (no shared cookie store between identities).
 */
export async function clientFromSession(base: string, response: Response): Promise<UserClient> {
	const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
	const me = (await response.json()) as MeBody;
	const withIdentity = (init: RequestInit = {}) => {
		const headers = new Headers(init.headers);
		headers.set('cookie', cookie);
		headers.set('x-csrf-token', me.csrfToken);
		return { ...init, headers };
	};
	return {
		me,
		cookie,
		journal: me.databases[0]?.name ?? '',
		fetch: (path, init) => fetch(base + path, withIdentity(init)),
		remote: (dbName) =>
			new PouchDB(`${base}/couch/${dbName}`, {
				skip_setup: true,
				fetch: (url, init) => PouchDB.fetch(url, withIdentity(init))
			} as PouchDB.Configuration.RemoteDatabaseConfiguration)
	};
}

export function json(body: unknown): RequestInit {
	return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A fresh local PouchDB (leveldb in a temporary directory), like a device's copy. */
export async function localPouch(): Promise<PouchDB.Database> {
	const dir = await mkdtemp(join(tmpdir(), 'carnet-pouch-'));
	return new PouchDB(join(dir, 'db'));
}
