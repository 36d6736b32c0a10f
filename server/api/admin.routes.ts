/**
 * Admin API (`/api/admin/*`, admins only): classes, CSV import of students, teachers (created
 * with a temporary password to hand over), assignment of teachers to classes, tutors and
 * tutor links. Every change that affects rights clears the access cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicUser, type ClassDoc, type Role, type UserDoc } from '../accounts/account-types.ts';
import { USERNAME_PATTERN, UsernameTaken } from '../accounts/accounts.repository.ts';
import { temporaryPassword } from '../accounts/password.ts';
import { HttpError, readBody, readJson, sendJson } from '../http/respond.ts';
import { updateDoc } from '../lifecycle/update-doc.ts';
import { provisionJournal } from '../provision/journal-db.ts';
import type { Caller, Services } from './context.ts';
import { parseStudentCsv } from './csv-import.ts';
import { listPeople } from './admin-people.ts';

type Body = Record<string, unknown>;

function text(body: Body, key: string, label: string, max = 100): string {
	const value = typeof body[key] === 'string' ? (body[key] as string).trim() : '';
	if (!value) throw new HttpError(400, `${label} : ce champ est obligatoire.`);
	if (value.length > max) throw new HttpError(400, `${label} : ${max} caractères au maximum.`);
	return value;
}

async function jsonBody(req: IncomingMessage): Promise<Body> {
	const body = await readJson(req, 100_000);
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		throw new HttpError(400, 'Requête invalide.');
	return body as Body;
}

async function createPerson(services: Services, body: Body, role: Role) {
	const username = text(body, 'username', 'Identifiant', 63).toLowerCase();
	if (!USERNAME_PATTERN.test(username))
		throw new HttpError(400, 'Identifiant : lettres minuscules, chiffres, « . », « - » ou « _ ».');
	const displayName = text(body, 'displayName', 'Nom affiché');
	const password = temporaryPassword();
	try {
		const user = await services.accounts.createUser({ username, displayName, role, password });
		return { user: publicUser(user), password };
	} catch (error) {
		if (error instanceof UsernameTaken)
			throw new HttpError(409, `L’identifiant « ${username} » existe déjà.`);
		throw error;
	}
}

async function requireUser(
	services: Services,
	id: unknown,
	role: Role,
	label: string
): Promise<UserDoc> {
	const user =
		typeof id === 'string' && /^[a-z0-9]+$/.test(id) ? await services.accounts.userById(id) : null;
	if (!user || user.role !== role) throw new HttpError(404, `${label} introuvable.`);
	return user;
}

async function requireClass(services: Services, id: string) {
	const found = /^[a-z0-9]+$/.test(id) ? await services.accounts.get(`class:${id}`) : null;
	if (!found) throw new HttpError(404, 'Classe introuvable.');
}

async function importStudents(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	classId: string
) {
	await requireClass(services, classId);
	const raw = (await readBody(req, 2_000_000)).toString('utf8');
	let csv = raw;
	if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
		try {
			csv = String((JSON.parse(raw) as Body).csv ?? '');
		} catch {
			throw new HttpError(400, 'Requête invalide : JSON mal formé.');
		}
	}
	const { rows, errors } = parseStudentCsv(csv);
	const created = [];
	for (const row of rows) {
		const password = temporaryPassword();
		const displayName = `${row.firstName} ${row.lastName}`;
		try {
			const user = await services.accounts.createUser({
				username: row.username,
				displayName,
				role: 'student',
				password
			});
			// Kept in the account: the class promotion moves trainingYear to 2 (server/lifecycle).
			await updateDoc<UserDoc>(services.accounts, user._id, (doc) => ({
				...doc,
				trainingYear: row.trainingYear,
				option: row.option
			}));
			await services.accounts.link('member', classId, user.id);
			await provisionJournal(services.couch.server, user.id);
			created.push({
				line: row.line,
				...publicUser(user),
				option: row.option,
				trainingYear: row.trainingYear,
				password
			});
		} catch (error) {
			if (!(error instanceof UsernameTaken)) throw error;
			errors.push({
				line: row.line,
				message: `Ligne ${row.line} : l’identifiant « ${row.username} » existe déjà.`
			});
		}
	}
	services.access.forget();
	errors.sort((a, b) => a.line - b.line);
	sendJson(res, errors.length > 0 && created.length === 0 ? 400 : 200, { created, errors });
}

export async function routeAdmin(
	req: IncomingMessage,
	res: ServerResponse,
	services: Services,
	caller: Caller,
	path: string
): Promise<void> {
	if (caller.user.role !== 'admin') throw new HttpError(403, 'Réservé aux administrateurs.');
	const method = req.method ?? 'GET';
	const parts = path.split('/').slice(3); // after /api/admin
	const [resource, id, sub, subId] = parts;
	// GET /api/admin/classes is answered by the lifecycle routes (summaries with year and status).
	if (resource === 'classes' && parts.length === 1) {
		if (method === 'POST') {
			const body = await jsonBody(req);
			const year = body.year ?? 1;
			if (year !== 1 && year !== 2) throw new HttpError(400, 'Année : 1 ou 2.');
			const created = await services.accounts.createClass(text(body, 'name', 'Nom de la classe'));
			// The school year of the class (server/lifecycle): promoted to 2, then archived.
			await updateDoc<ClassDoc>(services.accounts, created._id, (doc) => ({
				...doc,
				year,
				status: 'active'
			}));
			return sendJson(res, 201, { id: created.id, name: created.name, year });
		}
	}
	if (
		resource === 'classes' &&
		id &&
		sub === 'students' &&
		parts.length === 3 &&
		method === 'POST'
	) {
		return importStudents(req, res, services, id);
	}
	if (
		resource === 'classes' &&
		id &&
		sub === 'teachers' &&
		subId &&
		parts.length === 4 &&
		method === 'PUT'
	) {
		await requireClass(services, id);
		const teacher = await requireUser(services, subId, 'teacher', 'Enseignant·e');
		await services.accounts.link('teaches', teacher.id, id);
		services.access.forget();
		return sendJson(res, 200, { ok: true });
	}
	if (
		(resource === 'teachers' || resource === 'tutors') &&
		parts.length === 1 &&
		method === 'POST'
	) {
		const role = resource === 'teachers' ? 'teacher' : 'tutor';
		return sendJson(res, 201, await createPerson(services, await jsonBody(req), role));
	}
	if (resource === 'people' && parts.length === 1 && method === 'GET') {
		return sendJson(res, 200, await listPeople(services));
	}
	if (resource === 'tutor-links' && parts.length === 1 && method === 'POST') {
		const body = await jsonBody(req);
		const student = await requireUser(services, body.studentId, 'student', 'Élève');
		const tutor = await requireUser(services, body.tutorId, 'tutor', 'Tuteur·rice');
		await services.accounts.link('tutorlink', tutor.id, student.id);
		services.access.forget();
		return sendJson(res, 200, { ok: true });
	}
	throw new HttpError(404, 'Adresse inconnue.');
}
