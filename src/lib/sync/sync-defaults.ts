/** The browser wiring of the sync manager: IndexedDB journals and the same-origin gateway. */
import { destroyJournal, openJournal } from '$lib/data/journal-db.ts';
import { openGatewayDb } from './remote-db.ts';
import type { SyncManagerDeps } from './sync-manager.svelte.ts';

/** `journal_<userId>` → `<userId>`: the data layer opens journals by user id. */
function userIdOf(dbName: string): string {
	return dbName.replace(/^journal_/, '');
}

export function defaultSyncDeps(): SyncManagerDeps {
	const hasWindow = typeof window !== 'undefined';
	return {
		openLocal: (dbName) => openJournal(userIdOf(dbName)),
		openRemote: openGatewayDb,
		destroyLocal: (dbName) => destroyJournal(userIdOf(dbName)),
		events: hasWindow ? { window, document } : undefined
	};
}
