/**
 * Where the sync layer keeps the session and its own bookkeeping. The defaults are the device's
 * Dexie tables (through `lib/data`); tests give each simulated device its own in-memory store.
 */
import { getSetting, setSetting } from '$lib/data/device-db.ts';
import {
	clearSession,
	getSession,
	saveSession,
	type Session
} from '$lib/data/session.repository.ts';

export interface SessionStore {
	get(): Promise<Session | null>;
	save(session: Session): Promise<void>;
	clear(): Promise<void>;
}

export interface SettingsStore {
	get<T>(key: string, fallback: T): Promise<T>;
	set(key: string, value: unknown): Promise<void>;
}

export const deviceSessionStore: SessionStore = {
	get: getSession,
	save: saveSession,
	clear: clearSession
};

export const deviceSettingsStore: SettingsStore = { get: getSetting, set: setSetting };

/** Marks the cached session expired: the user keeps working offline until they sign in again. */
export async function markSessionExpired(store: SessionStore): Promise<Session | null> {
	const session = await store.get();
	if (!session || session.expired) return session;
	const expired = { ...session, expired: true };
	await store.save(expired);
	return expired;
}

export function memorySessionStore(): SessionStore {
	let current: Session | null = null;
	return {
		get: async () => current,
		save: async (session) => {
			current = session;
		},
		clear: async () => {
			current = null;
		}
	};
}

export function memorySettingsStore(): SettingsStore {
	const values = new Map<string, unknown>();
	return {
		get: async <T>(key: string, fallback: T) =>
			values.has(key) ? (values.get(key) as T) : fallback,
		set: async (key, value) => {
			values.set(key, value);
		}
	};
}
