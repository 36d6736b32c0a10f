/**
 * The admin API (`/api/admin/*`, docs/api.md « Admin API » and « Classes across the school
 * year ») as typed functions for the admin screens. Every error is an `ApiError` with a French
 * message (the gateway's own for 4xx). The admin screens need the network: nothing is queued.
 */
import { ApiError, errorFromResponse } from '$lib/sync/errors.ts';
import { currentUser } from '$lib/features/session/current-user.svelte.ts';
import type { DueJournal, PurgeReport } from './purge-view.ts';
import type {
	AuditPage,
	ClassSummary,
	ClassStudent,
	CreatedPerson,
	DeletionRequest,
	ImportResult,
	LifecycleSettings,
	Person
} from './admin-types.ts';

export const OFFLINE_MESSAGE =
	'Pas de connexion au serveur : l’administration a besoin du réseau. Réessayez une fois connecté·e.';

async function call<T>(
	path: string,
	method = 'GET',
	body?: unknown,
	contentType?: string
): Promise<T> {
	const headers = new Headers({ Accept: 'application/json' });
	if (method !== 'GET') headers.set('X-CSRF-Token', currentUser.session?.csrfToken ?? '');
	let payload: string | undefined;
	if (body !== undefined) {
		headers.set('Content-Type', contentType ?? 'application/json');
		payload = typeof body === 'string' ? body : JSON.stringify(body);
	}
	let response: Response;
	try {
		response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
	} catch {
		throw new ApiError('network', OFFLINE_MESSAGE);
	}
	// The CSV import answers 400 with its per-line errors when no line could be created.
	if (!response.ok && !(response.status === 400 && path.endsWith('/students'))) {
		throw await errorFromResponse(response);
	}
	return (await response.json()) as T;
}

export const adminApi = {
	classes: () => call<ClassSummary[]>('/api/admin/classes'),
	createClass: (name: string, year: 1 | 2) =>
		call<{ id: string; name: string }>('/api/admin/classes', 'POST', { name, year }),
	students: (classId: string) => call<ClassStudent[]>(`/api/admin/classes/${classId}/students`),
	importStudents: async (classId: string, csv: string): Promise<ImportResult> => {
		const result = await call<ImportResult | { error: string }>(
			`/api/admin/classes/${classId}/students`,
			'POST',
			csv,
			'text/csv; charset=utf-8'
		);
		if ('error' in result) throw new ApiError('invalid', result.error, 400);
		return result;
	},
	promote: (classId: string) =>
		call<{ id: string; year: 2; promoted: number }>(
			`/api/admin/classes/${classId}/promote`,
			'POST'
		),
	archive: (classId: string, purgeAfter?: string) =>
		call<{ id: string; archivedAt: string; purgeAfter: string }>(
			`/api/admin/classes/${classId}/archive`,
			'POST',
			purgeAfter ? { purgeAfter } : {}
		),
	people: () => call<Person[]>('/api/admin/people'),
	createPerson: (role: 'teacher' | 'tutor', username: string, displayName: string) =>
		call<CreatedPerson>(`/api/admin/${role === 'teacher' ? 'teachers' : 'tutors'}`, 'POST', {
			username,
			displayName
		}),
	assignTeacher: (classId: string, teacherId: string) =>
		call<{ ok: true }>(`/api/admin/classes/${classId}/teachers/${teacherId}`, 'PUT'),
	linkTutor: (studentId: string, tutorId: string) =>
		call<{ ok: true }>('/api/admin/tutor-links', 'POST', { studentId, tutorId }),
	settings: () => call<LifecycleSettings>('/api/admin/settings'),
	saveSettings: (settings: Partial<LifecycleSettings>) =>
		call<LifecycleSettings>('/api/admin/settings', 'PUT', settings),
	deletionRequests: () => call<DeletionRequest[]>('/api/admin/deletion-requests'),
	purgesDue: () => call<{ due: DueJournal[] }>('/api/admin/purges'),
	runPurge: () => call<PurgeReport>('/api/admin/purges/run', 'POST', {}),
	deleteStudent: (studentId: string) =>
		call<{ deleted: string }>(`/api/admin/students/${studentId}/delete`, 'POST'),
	audit: (before?: string, limit = 50) => {
		const query = new URLSearchParams({ limit: String(limit) });
		if (before) query.set('before', before);
		return call<AuditPage>(`/api/admin/audit?${query}`);
	}
};

/** The French message of any error thrown by `adminApi`. */
export function errorMessage(error: unknown): string {
	return error instanceof Error && error.message ? error.message : 'Une erreur est survenue.';
}
