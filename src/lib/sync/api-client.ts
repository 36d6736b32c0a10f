/**
 * The gateway's HTTP API as typed functions: sign in, sign out, refresh the session.
 *
 * Guarantees: every error carries a French message (`ApiError`); a 401 on refresh marks the
 * cached session expired but never touches local data, so the student keeps writing offline;
 * sign-out refuses while local changes are unsynced (unless forced) and deletes the device's
 * copy of the journals only when nothing would be lost.
 */
import type {
	EndedDatabase,
	Session,
	SessionDatabase,
	SessionLifecycle
} from '$lib/data/session.repository.ts';
import { ApiError, errorFromResponse, MESSAGES, networkError, unsyncedMessage } from './errors.ts';
import { deviceSessionStore, markSessionExpired, type SessionStore } from './session-store.ts';

/** What sign-out needs from the sync layer (the sync manager in the app). */
export interface SyncControl {
	/** Pushes what it can, then counts local changes the server does not have yet. */
	settle(): Promise<number>;
	stop(): Promise<void>;
	/** Deletes the device copy of one database (only called when it is fully synced). */
	destroyLocal(dbName: string): Promise<void>;
}

export interface ApiClientDeps {
	/** '' in the browser (same origin); an absolute origin in Node tests. */
	baseUrl?: string;
	fetch?: typeof fetch;
	sessions?: SessionStore;
	sync?: () => Promise<SyncControl>;
	/**
	 * Told the session before and after a refresh (`next` null on 401): removes the device copy
	 * of journals the server deleted. Returns a French message when the user's own account and
	 * journal were deleted (the device copy is then gone too).
	 */
	onSessionChange?: (previous: Session | null, next: Session | null) => Promise<string | null>;
}

interface MeBody {
	user: { id: string; username: string; displayName: string; role: Session['role'] };
	databases: SessionDatabase[];
	csrfToken: string;
	lifecycle?: SessionLifecycle;
	endedDatabases?: EndedDatabase[];
}

export type MeResult =
	| { state: 'ok'; session: Session }
	| { state: 'expired' | 'offline'; session: Session | null; message: string }
	| { state: 'error'; session: Session | null; message: string }
	/** The account and its journal were deleted on the server; the device copy is gone. */
	| { state: 'deleted'; session: null; message: string };

export interface LogoutResult {
	/** False when forced with unsynced changes: the data stays until a later sync. */
	removedLocalData: boolean;
	pending: number;
}

function toSession(body: MeBody): Session {
	if (!body?.user?.id || !Array.isArray(body.databases) || typeof body.csrfToken !== 'string') {
		throw new ApiError('invalid', MESSAGES.invalid);
	}
	return {
		userId: body.user.id,
		username: body.user.username,
		displayName: body.user.displayName,
		role: body.user.role,
		databases: body.databases,
		csrfToken: body.csrfToken,
		savedAt: new Date().toISOString(),
		...(body.lifecycle ? { lifecycle: body.lifecycle } : {}),
		...(body.endedDatabases ? { endedDatabases: body.endedDatabases } : {})
	};
}

export function createApiClient(deps: ApiClientDeps = {}) {
	const baseUrl = deps.baseUrl ?? '';
	const sessions = deps.sessions ?? deviceSessionStore;

	async function request(path: string, init: { method?: string; body?: unknown } = {}) {
		const method = init.method ?? 'GET';
		const headers = new Headers({ Accept: 'application/json' });
		if (init.body !== undefined) headers.set('Content-Type', 'application/json');
		if (method !== 'GET') {
			const token = (await sessions.get())?.csrfToken;
			if (token) headers.set('X-CSRF-Token', token);
		}
		const doFetch = deps.fetch ?? globalThis.fetch;
		try {
			return await doFetch(`${baseUrl}${path}`, {
				method,
				headers,
				credentials: 'same-origin',
				body: init.body === undefined ? undefined : JSON.stringify(init.body)
			});
		} catch {
			throw networkError();
		}
	}

	async function readSession(response: Response): Promise<Session> {
		if (!response.ok) throw await errorFromResponse(response);
		let body: MeBody;
		try {
			body = (await response.json()) as MeBody;
		} catch {
			throw new ApiError('invalid', MESSAGES.invalid, response.status);
		}
		return toSession(body);
	}

	/** Signs in and caches the session on the device. Throws `ApiError` (French message). */
	async function login(username: string, password: string): Promise<Session> {
		const response = await request('/api/auth/login', {
			method: 'POST',
			body: { username: username.trim(), password }
		});
		const session = await readSession(response);
		await sessions.save(session);
		return session;
	}

	/** Refreshes the cached session; offline or expired, the cached one is kept. Never throws. */
	async function fetchMe(): Promise<MeResult> {
		const cached = await sessions.get();
		try {
			const session = await readSession(await request('/api/me'));
			await sessions.save(session);
			await deps.onSessionChange?.(cached, session).catch(() => null);
			return { state: 'ok', session };
		} catch (error) {
			const apiError =
				error instanceof ApiError ? error : new ApiError('invalid', MESSAGES.invalid);
			if (apiError.kind === 'unauthorized') {
				const deleted = await deps.onSessionChange?.(cached, null).catch(() => null);
				if (deleted) return { state: 'deleted', session: null, message: deleted };
				return {
					state: 'expired',
					session: await markSessionExpired(sessions),
					message: MESSAGES.unauthorized
				};
			}
			if (apiError.kind === 'network') {
				return { state: 'offline', session: cached, message: apiError.message };
			}
			return { state: 'error', session: cached, message: apiError.message };
		}
	}

	/**
	 * Signs out. Throws `ApiError` kind 'unsynced' (French explanation) when changes would be
	 * lost, unless `force`. The server session is closed best effort: offline, the device still
	 * signs out locally.
	 */
	async function logout(options: { force?: boolean } = {}): Promise<LogoutResult> {
		const session = await sessions.get();
		const sync = deps.sync ? await deps.sync() : undefined;
		const pending = sync ? await sync.settle() : 0;
		if (pending > 0 && !options.force) {
			throw new ApiError('unsynced', unsyncedMessage(pending));
		}
		try {
			const response = await request('/api/auth/logout', { method: 'POST' });
			await response.body?.cancel();
		} catch {
			// Offline: the cookie expires on its own; local sign-out must not wait for the network.
		}
		await sync?.stop();
		const removedLocalData = pending === 0 && sync !== undefined && session !== null;
		if (removedLocalData) {
			for (const db of session.databases) await sync.destroyLocal(db.name);
		}
		await sessions.clear();
		return { removedLocalData, pending };
	}

	return { login, logout, fetchMe };
}

export type ApiClient = ReturnType<typeof createApiClient>;

const appClient = createApiClient({
	sync: async () => (await import('./sync-manager.svelte.ts')).syncManager,
	onSessionChange: async (previous, next) =>
		(await import('$lib/features/lifecycle/journal-cleanup.ts')).reconcileJournals(previous, next)
});

export const login = appClient.login;
export const logout = appClient.logout;
export const fetchMe = appClient.fetchMe;
