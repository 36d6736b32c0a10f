/**
 * Deletes a student everywhere on the server: the journal database (CouchDB drops its
 * documents, attachments and indexes with it), the account and its username, sessions,
 * invitations with the tutor accounts opened by them, tutor links and class membership.
 * A tombstone `deletedjournal:journal_<id>` (date and reason, nothing personal) is written
 * first, so devices that synced the journal learn it and delete their copy, even if a later
 * step fails (the admin then runs the deletion again: every step is idempotent).
 */
import type { UserDoc } from '../accounts/account-types.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { Services } from '../api/context.ts';
import type { InvitationDoc } from '../invitations/invitation-store.ts';

export type DeletionReason = 'purge' | 'request' | 'admin';

interface TombstoneDoc {
	_id: string;
	type: 'deletedjournal';
	deletedAt: string;
	reason: DeletionReason;
}

export function tombstoneId(journal: string): string {
	return `deletedjournal:${journal}`;
}

function status(error: unknown): number | undefined {
	return (error as { statusCode?: number }).statusCode;
}

/** Deletes the documents with these ids (whatever their revision); missing ones are fine. */
async function deleteIds(accounts: AccountsRepository, ids: string[]): Promise<void> {
	if (ids.length === 0) return;
	const listed = await accounts.db.fetchRevs({ keys: ids });
	const docs = listed.rows.flatMap((row) => {
		const value = 'value' in row ? (row.value as { rev: string; deleted?: boolean }) : null;
		return value && !value.deleted && 'id' in row
			? [{ _id: row.id, _rev: value.rev, _deleted: true }]
			: [];
	});
	if (docs.length > 0) await accounts.db.bulk({ docs: docs as never });
}

/** Ids of the documents `prefix…` whose id ends with `:<suffix>`. */
async function idsEndingWith(
	accounts: AccountsRepository,
	prefix: string,
	suffix: string
): Promise<string[]> {
	return (await accounts.idsWithPrefix(prefix)).filter((id) => id.endsWith(`:${suffix}`));
}

/** Ids of the sessions of these users (sessions are keyed by token hash: scanned). */
async function sessionIdsOf(accounts: AccountsRepository, userIds: Set<string>): Promise<string[]> {
	const ids = await accounts.idsWithPrefix('session:');
	const sessions = await accounts.getMany<{ _id: string; type: string; userId: string }>(ids);
	return sessions.filter((session) => userIds.has(session.userId)).map((session) => session._id);
}

async function destroyDatabase(services: Services, name: string): Promise<void> {
	try {
		await services.couch.server.db.destroy(name);
	} catch (error) {
		if (status(error) !== 404) throw error;
	}
}

export async function deleteStudent(
	services: Services,
	student: UserDoc,
	reason: DeletionReason,
	now: number = Date.now()
): Promise<string> {
	const { accounts } = services;
	const journal = `journal_${student.id}`;
	const tombstone: TombstoneDoc = {
		_id: tombstoneId(journal),
		type: 'deletedjournal',
		deletedAt: new Date(now).toISOString(),
		reason
	};
	await accounts.insert({ ...tombstone }).catch((error: unknown) => {
		if (status(error) !== 409) throw error;
	});
	await destroyDatabase(services, journal);

	const invitationIds = await accounts.idsWithPrefix(`invitation:${student.id}:`);
	const invitations = await accounts.getMany<InvitationDoc>(invitationIds);
	// Tutors opened by this student's links exist only for them: they go too.
	const linkTutorIds = invitations.flatMap((invitation) =>
		invitation.tutorId ? [invitation.tutorId] : []
	);
	const linkTutors = (
		await accounts.getMany<UserDoc>(linkTutorIds.map((id) => `user:${id}`))
	).filter((tutor) => tutor.role === 'tutor' && tutor.studentId === student.id);
	const people = new Set([student.id, ...linkTutors.map((tutor) => tutor.id)]);
	const ids = [
		...invitationIds,
		...invitations.map((invitation) => `invitetoken:${invitation.tokenHash}`),
		...(await idsEndingWith(accounts, 'tutorlink:', student.id)),
		...(await idsEndingWith(accounts, 'member:', student.id)),
		...linkTutors.flatMap((tutor) => [`user:${tutor.id}`]),
		...(await sessionIdsOf(accounts, people))
	];
	for (const tutor of linkTutors)
		ids.push(...(await accounts.idsWithPrefix(`tutorlink:${tutor.id}:`)));
	await deleteIds(accounts, [...new Set(ids)]);
	// The account last: until then a failed deletion can be run again from the admin screen.
	await deleteIds(accounts, [`username:${student.username}`, `user:${student.id}`]);
	services.access.forget();
	return journal;
}

/** Which of these journal names were deleted (tombstones), for devices to drop their copy. */
export async function deletedJournals(
	accounts: AccountsRepository,
	names: string[]
): Promise<string[]> {
	if (names.length === 0) return [];
	const found = await accounts.getMany<TombstoneDoc>(names.map(tombstoneId));
	return found
		.filter((doc) => doc.type === 'deletedjournal')
		.map((doc) => doc._id.slice('deletedjournal:'.length));
}
