/** Helpers of the lifecycle tests: a class of fresh students, stages with chosen dates. */
import { expect } from 'vitest';
import { rand } from './docs.ts';
import { json, login, type UserClient } from './gateway-client.ts';

export interface Student extends UserClient {
	id: string;
	username: string;
	password: string;
}

export async function createClass(admin: UserClient, name: string, year = 1): Promise<string> {
	const response = await admin.fetch('/api/admin/classes', {
		method: 'POST',
		...json({ name, year })
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { id: string }).id;
}

/** Imports `firstNames` (last name `lastName`) into the class and logs each one in. */
export async function importStudents(
	base: string,
	admin: UserClient,
	classId: string,
	lastName: string,
	firstNames: string[],
	year = 1
): Promise<Student[]> {
	const csv = [
		'nom;prénom;option;année',
		...firstNames.map((first) => `${lastName};${first};SISR;${year}`)
	];
	const response = await admin.fetch(`/api/admin/classes/${classId}/students`, {
		method: 'POST',
		headers: { 'content-type': 'text/csv' },
		body: csv.join('\n')
	});
	expect(response.status).toBe(200);
	const { created } = (await response.json()) as {
		created: { id: string; username: string; password: string }[];
	};
	return Promise.all(
		created.map(async (row) => ({
			...(await login(base, row.username, row.password)),
			id: row.id,
			username: row.username,
			password: row.password
		}))
	);
}

export function stageDoc(startDate: string, endDate: string, tutorName = 'Karim Benali') {
	const at = new Date().toISOString();
	return {
		_id: `stage:${startDate}:${rand()}`,
		type: 'stage',
		schemaVersion: 1,
		organisation: { name: 'Mairie de Lyon' },
		tutor: { name: tutorName },
		startDate,
		endDate,
		trainingYear: 1,
		hoursPerDay: 7,
		createdAt: at,
		updatedAt: at
	};
}

export function isoDay(offsetDays = 0): string {
	return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export async function putDoc(
	client: UserClient,
	journal: string,
	doc: Record<string, unknown> & { _id: string }
): Promise<Response> {
	return client.fetch(`/couch/${journal}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		...json(doc)
	});
}

export async function reasonOf(response: Response): Promise<string> {
	const body = (await response.json()) as { reason?: string; error?: string };
	return body.reason ?? body.error ?? '';
}
