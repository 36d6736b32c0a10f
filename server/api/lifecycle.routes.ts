/**
 * Routes of the school-year lifecycle (docs/api.md « Classes across the school year » and
 * « Lifecycle »): promotion, archiving, purges, deletion of a student, settings and the audit
 * trail for admins; the export offer and the deletion request for students; export reports
 * from clients; and two public answers: which journals were deleted (for devices holding a
 * copy) and the retention settings for the privacy notice.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserDoc } from '../accounts/account-types.ts';
import { ABSOLUTE_MS, INACTIVITY_MS } from '../auth/sessions.ts';
import { AUDIT_ACTIONS } from '../audit/audit-log.ts';
import { HttpError, readJson, sendJson } from '../http/respond.ts';
import { MAX_DAYS } from '../invitations/invitations.routes.ts';
import { archiveClass, listClassSummaries, promoteClass } from '../lifecycle/class-lifecycle.ts';
import { archivedJournals, classOfStudents } from '../lifecycle/journal-states.ts';
import { listDue, runPurge } from '../lifecycle/purge.ts';
import { parseSettingsChange } from '../lifecycle/settings.ts';
import { deletedJournals, deleteStudent } from '../lifecycle/student-deletion.ts';
import { updateDoc } from '../lifecycle/update-doc.ts';
import { writerRoles } from '../../src/lib/domain/schemas/index.ts';
import type { Caller, Services } from './context.ts';

type Body = Record<string, unknown>;

const JOURNAL_NAME = /^journal_[a-z0-9]{1,40}$/;
const EXPORT_KIND = /^[a-z0-9-]{1,30}$/;

async function jsonBody(req: IncomingMessage): Promise<Body> {
	if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
		// An empty body is fine for the actions that take none.
		return {};
	}
	const body = await readJson(req, 10_000);
	if (body === null || body === undefined) return {};
	if (typeof body !== 'object' || Array.isArray(body))
		throw new HttpError(400, 'Requête invalide.');
	return body as Body;
}

/** Tests set LIFECYCLE_TEST_CLOCK=1 to run a purge "in the future"; never in production. */
function purgeClock(body: Body): number {
	if (body.now === undefined) return Date.now();
	if (process.env.LIFECYCLE_TEST_CLOCK !== '1')
		throw new HttpError(400, 'Horloge de test désactivée.');
	const at = typeof body.now === 'string' ? Date.parse(body.now) : Number.NaN;
	if (Number.isNaN(at)) throw new HttpError(400, 'Horloge de test invalide.');
	return at;
}

async function requireStudent(services: Services, id: string | undefined): Promise<UserDoc> {
	const user = id && /^[a-z0-9]+$/.test(id) ? await services.accounts.userById(id) : null;
	if (!user || user.role !== 'student') throw new HttpError(404, 'Élève introuvable.');
	return user;
}

async function deletionRequests(services: Services) {
	const ids = await services.accounts.idsWithPrefix('user:');
	const users = (await services.accounts.getMany<UserDoc>(ids)).filter(
		(user) => user.role === 'student' && user.deletionRequestedAt
	);
	const classOf = await classOfStudents(
		services.accounts,
		users.map((user) => user.id)
	);
	return users
		.map((user) => ({
			studentId: user.id,
			displayName: user.displayName,
			...(classOf.get(user.id) ? { classId: classOf.get(user.id) } : {}),
			requestedAt: user.deletionRequestedAt!,
			...(user.exportOfferedAt ? { exportOfferedAt: user.exportOfferedAt } : {})
		}))
		.sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1));
}

/** The students of a class with their school-year state (admin screens: who blocks a purge). */
async function studentsOfClass(services: Services, classId: string) {
	const found = /^[a-z0-9]+$/.test(classId)
		? await services.accounts.get(`class:${classId}`)
		: null;
	if (!found) throw new HttpError(404, 'Classe introuvable.');
	const ids = await services.accounts.studentsOfClass(classId);
	const users = await services.accounts.getMany<UserDoc>(ids.map((id) => `user:${id}`));
	return users
		.filter((user) => user.role === 'student')
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'))
		.map((user) => ({
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			journal: `journal_${user.id}`,
			...(user.trainingYear ? { trainingYear: user.trainingYear } : {}),
			...(user.option ? { option: user.option } : {}),
			...(user.exportOfferedAt ? { exportOfferedAt: user.exportOfferedAt } : {}),
			...(user.deletionRequestedAt ? { deletionRequestedAt: user.deletionRequestedAt } : {})
		}));
}

/** `/api/admin/…` routes of the lifecycle; returns false when the path is not one of them. */
export async function routeLifecycleAdmin(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	caller: Caller,
	path: string,
	search: string
): Promise<boolean> {
	const method = req.method ?? 'GET';
	const parts = path.split('/').slice(3); // after /api/admin
	const [resource, id, action] = parts;
	const is = (m: string, ...expected: (string | undefined)[]) =>
		method === m &&
		parts.length === expected.length &&
		expected.every((part, i) => part === undefined || part === parts[i]);
	const handled =
		is('GET', 'classes') ||
		is('GET', 'classes', undefined, 'students') ||
		is('POST', 'classes', undefined, 'promote') ||
		is('POST', 'classes', undefined, 'archive') ||
		is('GET', 'purges') ||
		is('POST', 'purges', 'run') ||
		is('GET', 'deletion-requests') ||
		is('POST', 'students', undefined, 'delete') ||
		is('GET', 'settings') ||
		is('PUT', 'settings') ||
		is('GET', 'audit');
	if (!handled) return false;
	if (caller.user.role !== 'admin') throw new HttpError(403, 'Réservé aux administrateurs.');

	if (resource === 'classes' && !id) {
		sendJson(res, 200, await listClassSummaries(services));
	} else if (resource === 'classes' && action === 'students') {
		sendJson(res, 200, await studentsOfClass(services, id!));
	} else if (resource === 'classes' && action === 'promote') {
		sendJson(res, 200, await promoteClass(services, caller, id!));
	} else if (resource === 'classes' && action === 'archive') {
		sendJson(res, 200, await archiveClass(services, caller, id!, await jsonBody(req)));
	} else if (resource === 'purges' && method === 'GET') {
		sendJson(res, 200, { due: await listDue(services, Date.now()) });
	} else if (resource === 'purges') {
		sendJson(res, 200, await runPurge(services, purgeClock(await jsonBody(req))));
	} else if (resource === 'deletion-requests') {
		sendJson(res, 200, await deletionRequests(services));
	} else if (resource === 'students') {
		const student = await requireStudent(services, id);
		const reason = student.deletionRequestedAt ? 'request' : 'admin';
		const journal = await deleteStudent(services, student, reason);
		await services.audit.record({
			actorId: caller.user.id,
			actorRole: caller.user.role,
			action: 'deleted',
			target: journal,
			details: { reason }
		});
		sendJson(res, 200, { deleted: journal });
	} else if (resource === 'settings' && method === 'GET') {
		sendJson(res, 200, await services.settings.get());
	} else if (resource === 'settings') {
		const parsed = parseSettingsChange(await jsonBody(req));
		if ('error' in parsed) throw new HttpError(400, parsed.error);
		const settings = await services.settings.update(parsed.change);
		services.access.forget();
		services.audit.note({
			actorId: caller.user.id,
			actorRole: caller.user.role,
			action: 'settings-changed',
			target: 'settings',
			details: { ...settings }
		});
		sendJson(res, 200, settings);
	} else {
		const query = new URLSearchParams(search);
		const limit = Number(query.get('limit') ?? 50);
		if (!Number.isInteger(limit) || limit < 1 || limit > 200)
			throw new HttpError(400, 'Nombre d’évènements : entre 1 et 200.');
		const before = query.get('before') ?? undefined;
		if (before !== undefined && !/^audit:[0-9TZ:.-]+:[0-9a-f]+$/.test(before))
			throw new HttpError(400, 'Curseur invalide.');
		sendJson(res, 200, await services.audit.list(before, limit));
	}
	return true;
}

async function studentFlag(
	services: Services,
	caller: Caller,
	field: 'exportOfferedAt' | 'deletionRequestedAt',
	value: string | null
): Promise<void> {
	if (caller.user.role !== 'student') throw new HttpError(403, 'Réservé aux élèves.');
	await updateDoc<UserDoc>(services.accounts, caller.user._id, (user) => {
		if (value === null) {
			if (user[field] === undefined) return null;
			const { [field]: _removed, ...rest } = user;
			return rest as UserDoc;
		}
		// A deletion request keeps its first date (idempotent); an export offer moves forward.
		if (field === 'deletionRequestedAt' && user[field]) return null;
		return { ...user, [field]: value };
	});
}

/**
 * Lifecycle routes for signed-in users (`/api/me/…`, `/api/audit/events`); returns false when
 * the path is not one of them.
 */
export async function routeLifecycle(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	caller: Caller,
	path: string
): Promise<boolean> {
	const method = req.method ?? 'GET';
	const actor = { actorId: caller.user.id, actorRole: caller.user.role };
	if (path === '/api/me/export-offered' && method === 'POST') {
		const at = new Date().toISOString();
		await studentFlag(services, caller, 'exportOfferedAt', at);
		services.audit.note({
			...actor,
			action: 'export-offered',
			target: `journal_${caller.user.id}`
		});
		sendJson(res, 200, { exportOfferedAt: at });
		return true;
	}
	if (path === '/api/me/deletion-request' && (method === 'POST' || method === 'DELETE')) {
		const value = method === 'POST' ? new Date().toISOString() : null;
		await studentFlag(services, caller, 'deletionRequestedAt', value);
		const user = await services.accounts.userById(caller.user.id);
		if (method === 'POST')
			services.audit.note({
				...actor,
				action: 'deletion-requested',
				target: `journal_${caller.user.id}`
			});
		sendJson(res, 200, { deletionRequestedAt: user?.deletionRequestedAt ?? null });
		return true;
	}
	if (path === '/api/audit/events' && method === 'POST') {
		const body = await readJson(req, 10_000).catch(() => null);
		const event = (typeof body === 'object' && body !== null ? body : {}) as Body;
		if (
			event.action !== 'export' ||
			typeof event.kind !== 'string' ||
			!EXPORT_KIND.test(event.kind) ||
			typeof event.journalId !== 'string' ||
			!JOURNAL_NAME.test(event.journalId)
		) {
			throw new HttpError(400, 'Évènement d’audit invalide.');
		}
		const databases = await services.access.databasesOf(caller.user);
		if (!databases.some((database) => database.name === event.journalId))
			throw new HttpError(403, 'Accès refusé à ce carnet.');
		await services.audit.record({
			...actor,
			action: 'exported',
			target: event.journalId,
			details: { kind: event.kind }
		});
		sendJson(res, 201, { ok: true });
		return true;
	}
	return false;
}

/** Public lifecycle routes (no session); returns false when the path is not one of them. */
export async function routePublicLifecycle(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	path: string,
	search: string
): Promise<boolean> {
	if (req.method !== 'GET') return false;
	if (path === '/api/journals/deleted') {
		const names = (new URLSearchParams(search).get('names') ?? '').split(',').filter(Boolean);
		if (names.length > 50 || !names.every((name) => JOURNAL_NAME.test(name)))
			throw new HttpError(400, 'Requête invalide.');
		sendJson(res, 200, { deleted: await deletedJournals(services.accounts, names) });
		return true;
	}
	if (path === '/api/privacy-config') {
		const settings = await services.settings.get();
		const roles: Record<string, { writes: string[] }> = {};
		for (const role of ['student', 'tutor', 'teacher', 'admin']) {
			roles[role] = {
				writes: Object.entries(writerRoles)
					.filter(([, writers]) => (writers as readonly string[]).includes(role))
					.map(([type]) => type)
			};
		}
		sendJson(res, 200, {
			tutorAccessDays: settings.tutorAccessDays,
			purge: {
				delayYears: settings.purgeDelayYears,
				rule:
					settings.purgeDelayYears === 1
						? '31 décembre de l’année qui suit l’archivage de la classe'
						: `31 décembre de la ${settings.purgeDelayYears}e année qui suit l’archivage de la classe`
			},
			sessions: {
				idleHours: Math.round((INACTIVITY_MS / 3_600_000) * 100) / 100,
				maxDays: Math.round((ABSOLUTE_MS / 86_400_000) * 100) / 100
			},
			invitationMaxDays: MAX_DAYS,
			roles,
			audit: { actions: AUDIT_ACTIONS, retentionMonths: settings.auditRetentionMonths }
		});
		return true;
	}
	return false;
}

/** What `/api/me` adds for the lifecycle: a student's dates, a tutor's ended journals. */
export async function meLifecycle(services: Services, user: UserDoc): Promise<Body> {
	if (user.role === 'student') {
		const archived = (await archivedJournals(services.accounts, [user.id])).get(user.id);
		const fresh = (await services.accounts.userById(user.id)) ?? user;
		return {
			lifecycle: {
				...(archived ? { archivedAt: archived.archivedAt, purgeAfter: archived.purgeAfter } : {}),
				...(fresh.exportOfferedAt ? { exportOfferedAt: fresh.exportOfferedAt } : {}),
				...(fresh.deletionRequestedAt ? { deletionRequestedAt: fresh.deletionRequestedAt } : {})
			}
		};
	}
	if (user.role === 'tutor') return { endedDatabases: await services.access.endedOf(user) };
	return {};
}
