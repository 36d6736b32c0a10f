/**
 * The browser wiring of the sync manager: IndexedDB journals and the same-origin gateway.
 * PouchDB is loaded on first start (`prepare`), not when this module is imported, so the
 * manager's module stays light and importable outside a browser.
 */
import { registerBackgroundSync } from './background-sync.ts';
import type { SyncManagerDeps } from './sync-manager.svelte.ts';

type JournalModule = typeof import('$lib/data/journal-db.ts');
type RemoteModule = typeof import('./remote-db.ts');

/** `journal_<userId>` → `<userId>`: the data layer opens journals by user id. */
function userIdOf(dbName: string): string {
	return dbName.replace(/^journal_/, '');
}

export function defaultSyncDeps(): SyncManagerDeps {
	let journals: JournalModule | undefined;
	let remotes: RemoteModule | undefined;
	const loaded = <T>(module: T | undefined): T => {
		if (!module) throw new Error('sync manager used before prepare()');
		return module;
	};
	const hasWindow = typeof window !== 'undefined';
	return {
		prepare: async () => {
			journals ??= await import('$lib/data/journal-db.ts');
			remotes ??= await import('./remote-db.ts');
		},
		openLocal: (dbName) => loaded(journals).openJournal(userIdOf(dbName)),
		openRemote: (dbName, fetch) => loaded(remotes).openGatewayDb(dbName, fetch),
		destroyLocal: async (dbName) => {
			journals ??= await import('$lib/data/journal-db.ts');
			await journals.destroyJournal(userIdOf(dbName));
		},
		requestBackgroundSync: registerBackgroundSync,
		events: hasWindow
			? { window, document, serviceWorker: navigator.serviceWorker ?? undefined }
			: undefined
	};
}
