/**
 * Tutor access ends by itself `tutorAccessDays` after the end of the stage, against the real
 * gateway: a tutor invited by a link loses their session (every `/api` and `/couch` route, the
 * link itself), a tutor account linked by the admin loses that journal only and is told why,
 * and a tutor of another stage or another student never gets in. The setting is the admin's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type MeBody, type UserClient } from './support/gateway-client.ts';
import {
	createClass,
	importStudents,
	isoDay,
	putDoc,
	reasonOf,
	stageDoc,
	type Student
} from './support/lifecycle.ts';
import { exchange, invite, openLink, tokenOf } from './support/tutor-client.ts';

let app: RunningApp;
let admin: UserClient;
let eva: Student;
let fred: Student;
let evaTutor: UserClient;
let evaToken = '';
let fredTutor: UserClient;
let linkedTutor: UserClient;
/** Eva's stage ended ten days ago; Fred's ends in twenty days. */
const evaStage = stageDoc(isoDay(-40), isoDay(-10), 'Karim Benali');
const fredStage = stageDoc(isoDay(-5), isoDay(20), 'Nadia Roche');

function frenchDay(offset: number): string {
	const [year, month, day] = isoDay(offset).split('-');
	return `${day}/${month}/${year}`;
}

async function setDays(days: unknown): Promise<Response> {
	return admin.fetch('/api/admin/settings', { method: 'PUT', ...json({ tutorAccessDays: days }) });
}

async function meOf(client: UserClient) {
	return (await (await client.fetch('/api/me')).json()) as MeBody & {
		endedDatabases?: { name: string; accessEndedOn: string; message: string }[];
	};
}

beforeAll(async () => {
	app = await startApp();
	admin = await login(app.url, 'admin.demo');
	const classId = await createClass(admin, 'SIO2 Tuteurs', 2);
	[eva, fred] = (await importStudents(app.url, admin, classId, 'Tutelle', ['Eva', 'Fred'], 2)) as [
		Student,
		Student
	];
	expect((await putDoc(eva, eva.journal, evaStage)).status).toBe(201);
	expect((await putDoc(fred, fred.journal, fredStage)).status).toBe(201);
	const invitation = await invite(eva, evaStage._id);
	evaToken = tokenOf(invitation);
	evaTutor = await openLink(app.url, evaToken);
	fredTutor = await openLink(app.url, tokenOf(await invite(fred, fredStage._id)));
	const created = await admin.fetch('/api/admin/tutors', {
		method: 'POST',
		...json({ username: 'tuteur.cycle', displayName: 'Tuteur Cycle' })
	});
	const { user, password } = (await created.json()) as { user: { id: string }; password: string };
	for (const student of [eva, fred]) {
		const linked = await admin.fetch('/api/admin/tutor-links', {
			method: 'POST',
			...json({ studentId: student.id, tutorId: user.id })
		});
		expect(linked.status).toBe(200);
	}
	linkedTutor = await login(app.url, 'tuteur.cycle', password);
});
afterAll(async () => {
	await app?.stop();
});

describe('tutor access expiry', () => {
	it('lets tutors in while the stage ended less than 30 days ago (default)', async () => {
		expect((await admin.fetch('/api/admin/settings')).status).toBe(200);
		expect(await (await admin.fetch('/api/admin/settings')).json()).toEqual({
			tutorAccessDays: 30,
			purgeDelayYears: 1,
			auditRetentionMonths: 12
		});
		expect((await evaTutor.fetch(`/couch/${eva.journal}/_all_docs`)).status).toBe(200);
		const linked = await meOf(linkedTutor);
		expect(linked.databases.map((db) => db.name).sort()).toEqual(
			[eva.journal, fred.journal].sort()
		);
		expect(linked.endedDatabases).toEqual([]);
	});

	it('checks the setting, which only an admin changes', async () => {
		expect(
			(
				await linkedTutor.fetch('/api/admin/settings', {
					method: 'PUT',
					...json({ tutorAccessDays: 400 })
				})
			).status
		).toBe(403);
		const bad = await setDays(400);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: 'Durée d’accès des tuteurs : un nombre de jours entre 0 et 365.'
		});
		expect((await setDays('5')).status).toBe(400);
	});

	it('ends the session of a tutor invited by a link, on every route', async () => {
		expect((await setDays(5)).status).toBe(200);
		const message = `Votre accès de tuteur·rice a pris fin le ${frenchDay(-5)} (5 jours après la fin du stage).`;
		for (const path of [
			'/api/me',
			`/couch/${eva.journal}/_all_docs`,
			`/couch/${eva.journal}/${encodeURIComponent(evaStage._id)}`,
			'/api/invitations',
			'/api/classes/mine'
		]) {
			const response = await evaTutor.fetch(path);
			expect(response.status, path).toBe(401);
			expect(await reasonOf(response), path).toBe(message);
		}
		const write = await evaTutor.fetch(`/couch/${eva.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [] })
		});
		expect(write.status).toBe(401);
		// The link no longer opens a session, on any phone.
		const reopened = await exchange(app.url, evaToken);
		expect(reopened.status).toBe(410);
		expect(await reopened.json()).toEqual({ error: message });
	});

	it('takes only the ended journal from a linked tutor account, and says why', async () => {
		const me = await meOf(linkedTutor);
		expect(me.databases.map((db) => db.name)).toEqual([fred.journal]);
		const message = `Votre accès à ce carnet a pris fin le ${frenchDay(-5)} (5 jours après la fin du stage).`;
		expect(me.endedDatabases).toEqual([
			{ name: eva.journal, studentName: 'Eva Tutelle', accessEndedOn: isoDay(-5), message }
		]);
		for (const path of ['', '/_all_docs', '/_changes', `/${encodeURIComponent(evaStage._id)}`]) {
			const response = await linkedTutor.fetch(`/couch/${eva.journal}${path}`);
			expect(response.status, path).toBe(403);
			expect(await reasonOf(response)).toBe(message);
		}
		expect((await linkedTutor.fetch(`/couch/${fred.journal}/_all_docs`)).status).toBe(200);
	});

	it('counts from the link’s own stage: a new stage of the student does not reopen an old link', async () => {
		const next = stageDoc(isoDay(30), isoDay(60), 'Karim Benali');
		expect((await putDoc(eva, eva.journal, next)).status).toBe(201);
		expect((await setDays(6)).status).toBe(200); // clears the caches of the access rules
		expect((await evaTutor.fetch('/api/me')).status).toBe(401);
		expect((await exchange(app.url, evaToken)).status).toBe(410);
		// The tutor account linked by the admin follows the student's latest stage.
		const me = await meOf(linkedTutor);
		expect(me.databases.map((db) => db.name).sort()).toEqual([eva.journal, fred.journal].sort());
	});

	it('never lets a tutor of another stage or another student in', async () => {
		const me = await meOf(fredTutor);
		expect(me.databases.map((db) => db.name)).toEqual([fred.journal]);
		for (const path of ['/_all_docs', '/_changes', `/${encodeURIComponent(evaStage._id)}`]) {
			const response = await fredTutor.fetch(`/couch/${eva.journal}${path}`);
			expect(response.status, path).toBe(403);
			expect(await reasonOf(response)).toBe('Accès refusé à ce carnet.');
		}
		const list = await fredTutor.fetch(`/api/invitations?studentId=${eva.id}`);
		expect(list.status).toBe(403);
		const report = await fredTutor.fetch('/api/audit/events', {
			method: 'POST',
			...json({ action: 'export', kind: 'pdf', journalId: eva.journal })
		});
		expect(report.status).toBe(403);
	});

	it('gives new links the same lifetime', async () => {
		expect((await setDays(45)).status).toBe(200);
		const longer = await invite(eva, evaStage._id);
		expect(longer.expiresAt).toBe(`${isoDay(35)}T23:59:59.999Z`);
		expect((await setDays(5)).status).toBe(200);
		const refused = await eva.fetch('/api/invitations', {
			method: 'POST',
			...json({ stageId: evaStage._id })
		});
		expect(refused.status).toBe(400);
		expect(await refused.json()).toEqual({
			error: 'Ce stage est terminé depuis plus de 5 jours : un lien ne peut plus être créé.'
		});
	});

	it('ends with 0 days the day after the stage', async () => {
		expect((await setDays(0)).status).toBe(200);
		const me = await meOf(fredTutor);
		expect(me.databases.map((db) => db.name)).toEqual([fred.journal]); // Fred's stage is running
		const privacy = (await (await fetch(`${app.url}/api/privacy-config`)).json()) as {
			tutorAccessDays: number;
		};
		expect(privacy.tutorAccessDays).toBe(0);
	});
});
