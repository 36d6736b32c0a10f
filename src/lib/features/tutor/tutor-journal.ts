/** The local replica of a student's journal on the reader's phone, and its gateway twin. */
import { openJournal, type JournalDb } from '$lib/data/journal-db';
import { openGatewayDb } from '$lib/sync/remote-db';

const JOURNAL = /^journal_([a-z0-9]+)$/;

/** Throws when `name` is not a journal name (it comes from the address bar). */
export function openReplica(name: string): JournalDb {
	const match = JOURNAL.exec(name);
	if (!match?.[1]) throw new Error('Carnet inconnu.');
	return openJournal(match[1]);
}

/** Read-only handle on the gateway copy (same-origin cookie): for revisions compacted locally. */
export function openGatewayCopy(name: string): JournalDb {
	return openGatewayDb(name, (input, init) =>
		globalThis.fetch(input, { ...init, credentials: 'same-origin' })
	);
}
