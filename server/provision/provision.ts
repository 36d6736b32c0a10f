/**
 * Idempotent provisioning against either back end: system databases, the admin-only accounts
 * database, and one journal database per student (security, revs_limit, design doc).
 */
import type nano from 'nano';
import type { UserDoc } from '../accounts/account-types.ts';
import { ACCOUNTS_DB, AccountsRepository } from '../accounts/accounts.repository.ts';
import {
	ADMIN_ONLY_SECURITY,
	ensureDatabase,
	ensureSecurity,
	provisionJournal
} from './journal-db.ts';

export async function provisionSystem(server: nano.ServerScope, embedded: boolean): Promise<void> {
	// A single-node or clustered CouchDB 3 needs these created once; the embedded server makes
	// `_users` itself and has no replicator.
	if (!embedded) {
		for (const name of ['_users', '_replicator']) await ensureDatabase(server, name);
	}
	await ensureDatabase(server, ACCOUNTS_DB);
	await ensureSecurity(server, ACCOUNTS_DB);
}

/** Re-provisions every student's journal; returns how many there are. */
export async function provisionAllJournals(server: nano.ServerScope): Promise<number> {
	const accounts = new AccountsRepository(server);
	const users = await accounts.getMany<UserDoc>(await accounts.idsWithPrefix('user:'));
	const students = users.filter((user) => user.role === 'student');
	for (const student of students) await provisionJournal(server, student.id);
	return students.length;
}

export { ADMIN_ONLY_SECURITY };
