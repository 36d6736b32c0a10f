/**
 * How much the device lets us keep. Browsers may evict script storage (iOS Safari after 7 days
 * without a visit unless the app is installed or storage is persistent), so we ask for
 * persistence and show the usage; quota errors are recognised and explained in French.
 */

export const QUOTA_MESSAGE =
	"Le téléphone n'a plus assez d'espace pour enregistrer. Libérez de la place (photos, applications) puis réessayez : ce que vous avez déjà écrit est conservé.";

export interface StorageUsage {
	usage: number;
	quota: number;
	persisted: boolean;
}

export async function requestPersistentStorage(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export async function storageUsage(): Promise<StorageUsage> {
	const estimate = (await navigator.storage?.estimate?.()) ?? {};
	const persisted = (await navigator.storage?.persisted?.()) ?? false;
	return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/** True for the many shapes a full disk takes: DOMException, Dexie and PouchDB wrappers. */
export function isQuotaError(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const e = current as { name?: string; code?: number; message?: string; reason?: string };
		if (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014) return true;
		if (/quota/i.test(`${e.message ?? ''} ${e.reason ?? ''}`)) return true;
		current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
	}
	return false;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
	if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
	return `${(bytes / 1024 / 1024 / 1024).toFixed(1).replace('.', ',')} Go`;
}
