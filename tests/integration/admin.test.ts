/**
 * The admin API against the real gateway: classes, CSV import with per-line French errors,
 * a teacher created and assigned to a class then reading exactly that class's journals,
 * a tutor link granting read access. Ends with a graceful SIGTERM shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type UserClient } from './support/gateway-client.ts';

let app: RunningApp;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp();
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await app?.stop();
});

interface Imported {
	created: { line: number; id: string; username: string; password: string }[];
	errors: { line: number; message: string }[];
}

describe('admin API', () => {
	let classId = '';
	let imported: Imported;

	it('creates a class', async () => {
		const response = await admin.fetch('/api/admin/classes', {
			method: 'POST',
			...json({ name: 'SIO1 B' })
		});
		expect(response.status).toBe(201);
		classId = ((await response.json()) as { id: string }).id;
		const list = (await (await admin.fetch('/api/admin/classes')).json()) as {
			id: string;
			name: string;
		}[];
		expect(list.map((c) => c.name)).toContain('SIO1 B');
		const empty = await admin.fetch('/api/admin/classes', {
			method: 'POST',
			...json({ name: ' ' })
		});
		expect(empty.status).toBe(400);
		expect(await empty.json()).toEqual({ error: 'Nom de la classe : ce champ est obligatoire.' });
	});

	it('imports students from CSV, keeping valid lines and explaining bad ones in French', async () => {
		const csv = [
			'nom;prénom;option;année',
			'Durand;Zoé;SISR;1',
			'Moreau;Yanis;SLAM;2',
			'Leroy;Ana;RESEAU;1',
			';Tom;SISR;1',
			'Fabre;Noé;SLAM;3',
			'Martin;Léa;SISR;2'
		].join('\n');
		const response = await admin.fetch(`/api/admin/classes/${classId}/students`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: csv
		});
		expect(response.status).toBe(200);
		imported = (await response.json()) as Imported;
		expect(imported.created.map((s) => s.username)).toEqual(['zoe.durand', 'yanis.moreau']);
		expect(imported.errors).toEqual([
			{ line: 4, message: 'Ligne 4 : l’option doit être SISR ou SLAM.' },
			{ line: 5, message: 'Ligne 5 : le nom et le prénom sont obligatoires.' },
			{ line: 6, message: 'Ligne 6 : l’année doit être 1 ou 2.' },
			{ line: 7, message: 'Ligne 7 : l’identifiant « lea.martin » existe déjà.' }
		]);
		// The imported student logs in with the temporary password and has a provisioned journal.
		const zoe = await login(app.url, 'zoe.durand', imported.created[0]!.password);
		expect(zoe.me.databases).toEqual([{ name: `journal_${zoe.me.user.id}`, access: 'write' }]);
		expect((await zoe.fetch(`/couch/${zoe.journal}/_design/carnet`)).status).toBe(200);
		const missing = await admin.fetch(`/api/admin/classes/${classId}/students`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: 'nom;prénom\nA;B'
		});
		expect(missing.status).toBe(400);
		expect(((await missing.json()) as Imported).errors[0]!.message).toMatch(
			/^Ligne 1 : colonne\(s\) manquante\(s\) : option, année/
		);
	});

	it('creates a teacher who reads exactly the journals of the classes assigned to them', async () => {
		const created = await admin.fetch('/api/admin/teachers', {
			method: 'POST',
			...json({ username: 'prof.math', displayName: 'Paul Math' })
		});
		expect(created.status).toBe(201);
		const { user, password } = (await created.json()) as { user: { id: string }; password: string };
		const before = await login(app.url, 'prof.math', password);
		expect(before.me.databases).toEqual([]);
		const assigned = await admin.fetch(`/api/admin/classes/${classId}/teachers/${user.id}`, {
			method: 'PUT'
		});
		expect(assigned.status).toBe(200);
		const after = await login(app.url, 'prof.math', password);
		expect(after.me.databases.map((d) => d.name).sort()).toEqual(
			imported.created.map((s) => `journal_${s.id}`).sort()
		);
		const lea = await login(app.url, 'lea.martin');
		expect((await after.fetch(`/couch/${lea.journal}`)).status).toBe(403);
		const duplicate = await admin.fetch('/api/admin/teachers', {
			method: 'POST',
			...json({ username: 'prof.math', displayName: 'X' })
		});
		expect(duplicate.status).toBe(409);
	});

	it('links a tutor to a student, which grants read access to that journal only', async () => {
		const created = await admin.fetch('/api/admin/tutors', {
			method: 'POST',
			...json({ username: 'tuteur.zoe', displayName: 'Tuteur de Zoé' })
		});
		const { user, password } = (await created.json()) as { user: { id: string }; password: string };
		const zoe = imported.created[0]!;
		const linked = await admin.fetch('/api/admin/tutor-links', {
			method: 'POST',
			...json({ studentId: zoe.id, tutorId: user.id })
		});
		expect(linked.status).toBe(200);
		const tutor = await login(app.url, 'tuteur.zoe', password);
		expect(tutor.me.databases).toEqual([
			{ name: `journal_${zoe.id}`, access: 'read', studentName: 'Zoé Durand' }
		]);
		const wrongRole = await admin.fetch('/api/admin/tutor-links', {
			method: 'POST',
			...json({ studentId: user.id, tutorId: zoe.id })
		});
		expect(wrongRole.status).toBe(404);
	});

	it('refuses the admin API to everyone else and without CSRF', async () => {
		const teacher = await login(app.url, 'prof.demo');
		expect((await teacher.fetch('/api/admin/classes')).status).toBe(403);
		const noCsrf = await fetch(`${app.url}/api/admin/classes`, {
			method: 'POST',
			headers: { cookie: admin.cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'X' })
		});
		expect(noCsrf.status).toBe(403);
	});

	it('shuts down cleanly on SIGTERM', async () => {
		const exited = new Promise<number | null>((resolve) =>
			app.process.once('exit', (code) => resolve(code))
		);
		app.process.kill('SIGTERM');
		expect(await exited).toBe(0);
	});
});
