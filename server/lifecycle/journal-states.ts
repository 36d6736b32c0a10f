/**
 * Facts the access rules need about journals: whether a student's class is archived (the
 * journal is then read-only, with its purge date) and when a tutor's access to a journal ends.
 * Lookups use `_all_docs` ranges over the structured ids of the accounts database and plain
 * document reads of the journal, as CouchDB 3 documents them.
 */
import type { ClassDoc, UserDoc } from '../accounts/account-types.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { readStage } from '../invitations/stage-of-journal.ts';
import { couchFetch } from '../proxy/forward.ts';
import { dayIsOver, frenchDate, tutorAccessEndsOn } from './dates.ts';
import type { SettingsStore } from './settings.ts';

export interface ArchivedJournal {
	classId: string;
	archivedAt: string;
	purgeAfter: string;
}

/**
 * Every `member:<classId>:<studentId>` link, read once per 15 s per process (the access rules
 * ask for it on every student's sync); `forgetMemberships` drops it when this process changes
 * a class or a membership (AccessRules.forget).
 */
const MEMBERSHIP_CACHE_MS = 15_000;
let memberships: { at: number; ids: Promise<string[]> } | null = null;

export function forgetMemberships(): void {
	memberships = null;
}

async function membershipIds(accounts: AccountsRepository): Promise<string[]> {
	if (!memberships || Date.now() - memberships.at >= MEMBERSHIP_CACHE_MS) {
		const ids = accounts.idsWithPrefix('member:');
		memberships = { at: Date.now(), ids };
		void ids.catch(() => (memberships = null));
	}
	return memberships.ids;
}

/** Student id → class id, from the `member:<classId>:<studentId>` links. */
export async function classOfStudents(
	accounts: AccountsRepository,
	studentIds: Iterable<string>
): Promise<Map<string, string>> {
	const wanted = new Set(studentIds);
	const out = new Map<string, string>();
	if (wanted.size === 0) return out;
	for (const id of await membershipIds(accounts)) {
		const [, classId, studentId] = id.split(':');
		if (classId && studentId && wanted.has(studentId)) out.set(studentId, classId);
	}
	return out;
}

/** The students among `studentIds` whose class is archived (their journals are read-only). */
export async function archivedJournals(
	accounts: AccountsRepository,
	studentIds: string[]
): Promise<Map<string, ArchivedJournal>> {
	const classOf = await classOfStudents(accounts, studentIds);
	const classIds = [...new Set(classOf.values())];
	const classes = await accounts.getMany<ClassDoc>(classIds.map((id) => `class:${id}`));
	const archived = new Map(
		classes
			.filter((doc) => doc.status === 'archived' && doc.archivedAt && doc.purgeAfter)
			.map((doc) => [doc.id, doc])
	);
	const out = new Map<string, ArchivedJournal>();
	for (const [studentId, classId] of classOf) {
		const doc = archived.get(classId);
		if (doc) {
			out.set(studentId, { classId, archivedAt: doc.archivedAt!, purgeAfter: doc.purgeAfter! });
		}
	}
	return out;
}

/** The latest `endDate` of the live stages of a journal, or null when it has none. */
async function latestStageEnd(couch: CouchBackend, studentId: string): Promise<string | null> {
	const range = `startkey=${encodeURIComponent('"stage:"')}&endkey=${encodeURIComponent('"stage:\ufff0"')}&include_docs=true`;
	const response = await couchFetch(couch, 'GET', `/journal_${studentId}/_all_docs?${range}`);
	if (response.status === 404) return null;
	if (!response.ok) throw new Error(`stage listing failed (${response.status})`);
	const body = (await response.json()) as {
		rows: { doc?: { type?: unknown; deleted?: unknown; endDate?: unknown } }[];
	};
	let latest: string | null = null;
	for (const { doc } of body.rows) {
		if (doc?.type !== 'stage' || doc.deleted === true || typeof doc.endDate !== 'string') continue;
		if (latest === null || doc.endDate > latest) latest = doc.endDate;
	}
	return latest;
}

export class TutorAccessClock {
	readonly #couch: CouchBackend;
	readonly #settings: SettingsStore;
	readonly #now: () => number;

	constructor(couch: CouchBackend, settings: SettingsStore, now: () => number = Date.now) {
		this.#couch = couch;
		this.#settings = settings;
		this.#now = now;
	}

	/**
	 * The last day of `tutor`'s access to `journal_<studentId>` when it is over, else null
	 * (still running, or no stage end to count from). A tutor invited by a link counts from
	 * the link's stage; a tutor account linked by the admin from the student's latest stage.
	 */
	async endedOn(tutor: UserDoc, studentId: string): Promise<string | null> {
		const endDate =
			tutor.invitationId && tutor.stageId && tutor.studentId === studentId
				? ((await readStage(this.#couch, studentId, tutor.stageId))?.endDate ?? null)
				: await latestStageEnd(this.#couch, studentId);
		if (!endDate) return null;
		const { tutorAccessDays } = await this.#settings.get();
		const lastDay = tutorAccessEndsOn(endDate, tutorAccessDays);
		return dayIsOver(lastDay, this.#now()) ? lastDay : null;
	}

	async days(): Promise<number> {
		return (await this.#settings.get()).tutorAccessDays;
	}
}

export function tutorAccessEndedMessage(lastDay: string, days: number): string {
	return `Votre accès à ce carnet a pris fin le ${frenchDate(lastDay)} (${days} jours après la fin du stage).`;
}

/** For a tutor invited by a link: their session is over, every route says so. */
export function tutorSessionEndedMessage(lastDay: string, days: number): string {
	return `Votre accès de tuteur·rice a pris fin le ${frenchDate(lastDay)} (${days} jours après la fin du stage).`;
}

/**
 * For a tutor invited by a link, whose only journal is that link's student's: the French
 * message when their access ended (their session is over), else null.
 */
export async function endedTutorSession(
	access: { endedOf(user: UserDoc): Promise<{ name: string; accessEndedOn: string }[]> },
	settings: SettingsStore,
	user: UserDoc
): Promise<string | null> {
	if (user.role !== 'tutor' || !user.invitationId || !user.studentId) return null;
	const ended = (await access.endedOf(user)).find(
		(item) => item.name === `journal_${user.studentId}`
	);
	if (!ended) return null;
	return tutorSessionEndedMessage(ended.accessEndedOn, (await settings.get()).tutorAccessDays);
}
