/**
 * Where the privacy notice gets its settings: the gateway (`/api/privacy-config`,
 * `/api/school`) when online, else the copy cached on this device at the last visit, else the
 * built-in defaults. The page says which, so an old copy is never passed off as current.
 */
import { getSetting, setSetting } from '$lib/data/device-db.ts';
import {
	DEFAULT_PRIVACY_CONFIG,
	privacyConfigSchema,
	schoolSchema,
	UNKNOWN_SCHOOL,
	type PrivacyConfig,
	type School
} from '$lib/domain/privacy/index.ts';

export interface PrivacySource {
	config: PrivacyConfig;
	school: School;
	/** live: from the server now; cached: a copy from `fetchedAt`; built-in: the defaults. */
	origin: 'live' | 'cached' | 'built-in';
	fetchedAt: string | null;
}

const CACHE_KEY = 'privacy:notice-source';

async function fetchJson(path: string): Promise<unknown> {
	const response = await fetch(path, { headers: { Accept: 'application/json' } });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.json();
}

async function cached(): Promise<PrivacySource | null> {
	try {
		const stored = await getSetting<{ config: unknown; school: unknown; fetchedAt: string } | null>(
			CACHE_KEY,
			null
		);
		if (!stored) return null;
		return {
			config: privacyConfigSchema.parse(stored.config),
			school: schoolSchema.parse(stored.school),
			origin: 'cached',
			fetchedAt: stored.fetchedAt
		};
	} catch {
		return null; // an unreadable copy is as good as none
	}
}

/** Never throws: the notice always has something true to show, and says how fresh it is. */
export async function loadPrivacySource(): Promise<PrivacySource> {
	try {
		const [config, school] = await Promise.all([
			fetchJson('/api/privacy-config').then((body) => privacyConfigSchema.parse(body)),
			fetchJson('/api/school').then((body) => schoolSchema.parse(body))
		]);
		const fetchedAt = new Date().toISOString();
		await setSetting(CACHE_KEY, { config, school, fetchedAt }).catch(() => undefined);
		return { config, school, origin: 'live', fetchedAt };
	} catch {
		return (
			(await cached()) ?? {
				config: DEFAULT_PRIVACY_CONFIG,
				school: UNKNOWN_SCHOOL,
				origin: 'built-in',
				fetchedAt: null
			}
		);
	}
}
