/**
 * The school year against the real gateway: a class promoted from year 1 to year 2 (same
 * journals), archived (every write path of its journals refused, reads kept for the student and
 * the class's teacher), purged after its retention date only once each student was offered an
 * export (database, attachments and account gone, nothing readable back through any route),
 * a deletion on request, and the audit trail of all this, with ids only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/domain/calendar/dates.ts';
import { weekDigest } from '../../src/lib/domain/digest/week-digest.ts';
import { visaId } from '../../src/lib/domain/ids.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { entryDoc, photoDoc } from './support/docs.ts';
import { json, localPouch, login, type UserClient } from './support/gateway-client.ts';
import {
	createClass,
	importStudents,
	isoDay,
	putDoc,
	reasonOf,
	stageDoc,
	type Student
} from './support/lifecycle.ts';
import { invite, openLink, tokenOf } from './support/tutor-client.ts';

const READ_ONLY = 'Ce carnet est archivé : il est en lecture seule.';
const IMAGE = Buffer.from('ffd8ffe000104a464946-image-bytes', 'utf8');
const THUMB = Buffer.from('ffd8ffe000104a464946-thumb-bytes', 'utf8');

let app: RunningApp;
let admin: UserClient;
let teacher: UserClient;
let classId = '';
let alice: Student;
let bruno: Student;
let aliceEntry: { id: string; rev: string };
let brunoPhotoId = '';
const purgeAfter = isoDay(3);

interface AuditEvent {
	id: string;
	at: string;
	actorId: string;
	actorRole: string;
	action: string;
	target: string;
	details: Record<string, unknown>;
}

/**
 * Whether the backend still has the database: `_all_dbs` of a real CouchDB 3 (COUCHDB_URL set,
 * as the gateway under test uses it), else the embedded server's files for it (documents and
 * attachments live there; the embedded server has no `_all_dbs`).
 */
async function backendHas(name: string): Promise<boolean> {
	const url = process.env.COUCHDB_URL;
	if (!url) return existsSync(join(app.dataDir, 'couch', 'db', name));
	const auth = Buffer.from(
		`${process.env.COUCHDB_USER ?? ''}:${process.env.COUCHDB_PASSWORD ?? ''}`
	).toString('base64');
	const response = await fetch(`${url.replace(/\/$/, '')}/_all_dbs`, {
		headers: { authorization: `Basic ${auth}` }
	});
	return ((await response.json()) as string[]).includes(name);
}

async function allAudit(): Promise<AuditEvent[]> {
	const events: AuditEvent[] = [];
	let before: string | null = null;
	do {
		const query: string = before ? `&before=${encodeURIComponent(before)}` : '';
		const page = (await (await admin.fetch(`/api/admin/audit?limit=3${query}`)).json()) as {
			events: AuditEvent[];
			next: string | null;
		};
		events.push(...page.events);
		before = page.next;
	} while (before);
	return events;
}

beforeAll(async () => {
	app = await startApp({ LIFECYCLE_TEST_CLOCK: '1' });
	admin = await login(app.url, 'admin.demo');
	classId = await createClass(admin, 'SIO1 Cycle');
	[alice, bruno] = (await importStudents(app.url, admin, classId, 'Cyclade', [
		'Alice',
		'Bruno'
	])) as [Student, Student];
	const created = await admin.fetch('/api/admin/teachers', {
		method: 'POST',
		...json({ username: 'prof.cycle', displayName: 'Prof Cycle' })
	});
	const { password } = (await created.json()) as { password: string };
	const teacherId = (
		(await (
			await fetch(`${app.url}/api/auth/login`, {
				method: 'POST',
				...json({ username: 'prof.cycle', password })
			})
		).json()) as { user: { id: string } }
	).user.id;
	expect(
		(await admin.fetch(`/api/admin/classes/${classId}/teachers/${teacherId}`, { method: 'PUT' }))
			.status
	).toBe(200);
	teacher = await login(app.url, 'prof.cycle', password);

	const entry = entryDoc('2026-06-02');
	const written = await putDoc(alice, alice.journal, entry);
	expect(written.status).toBe(201);
	aliceEntry = { id: entry._id, rev: ((await written.json()) as { rev: string }).rev };
	const photo = photoDoc(IMAGE, THUMB);
	brunoPhotoId = photo._id;
	expect((await putDoc(bruno, bruno.journal, photo)).status).toBe(201);
});
afterAll(async () => {
	await app?.stop();
});

describe('promotion from year 1 to year 2', () => {
	it('is refused to anyone but an admin, and without the CSRF token', async () => {
		expect(
			(await alice.fetch(`/api/admin/classes/${classId}/promote`, { method: 'POST' })).status
		).toBe(403);
		const noCsrf = await fetch(`${app.url}/api/admin/classes/${classId}/promote`, {
			method: 'POST',
			headers: { cookie: admin.cookie }
		});
		expect(noCsrf.status).toBe(403);
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as {
			id: string;
			year: number;
		}[];
		expect(classes.find((c) => c.id === classId)?.year).toBe(1);
	});

	it('moves the class and its students to year 2, journals unchanged', async () => {
		const response = await admin.fetch(`/api/admin/classes/${classId}/promote`, { method: 'POST' });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ id: classId, year: 2, promoted: 2 });
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as Record<
			string,
			unknown
		>[];
		expect(classes.find((c) => c.id === classId)).toMatchObject({
			year: 2,
			status: 'active',
			studentCount: 2
		});
		const students = (await (
			await admin.fetch(`/api/admin/classes/${classId}/students`)
		).json()) as { id: string; trainingYear: number }[];
		expect(students.map((s) => s.trainingYear)).toEqual([2, 2]);
		// The same journal continues: the entry written in year 1 is there, same revision.
		const entry = await alice.fetch(`/couch/${alice.journal}/${encodeURIComponent(aliceEntry.id)}`);
		expect(((await entry.json()) as { _rev: string })._rev).toBe(aliceEntry.rev);
		expect(alice.me.databases[0]?.name).toBe(alice.journal);
	});

	it('refuses a class already in year 2, in French', async () => {
		const again = await admin.fetch(`/api/admin/classes/${classId}/promote`, { method: 'POST' });
		expect(again.status).toBe(409);
		expect(await again.json()).toEqual({ error: 'Cette classe est déjà en 2e année.' });
		const unknown = await admin.fetch('/api/admin/classes/nosuchclass/promote', { method: 'POST' });
		expect(unknown.status).toBe(404);
	});
});

describe('archiving at the end of the exam session', () => {
	it('checks the purge date', async () => {
		const bad = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({ purgeAfter: '2027-02-30' })
		});
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({ error: 'Date de purge invalide (AAAA-MM-JJ).' });
		const past = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({ purgeAfter: isoDay(0) })
		});
		expect(past.status).toBe(400);
		expect(await past.json()).toEqual({
			error: 'La date de purge doit être postérieure à aujourd’hui.'
		});
		expect(
			(
				await teacher.fetch(`/api/admin/classes/${classId}/archive`, {
					method: 'POST',
					...json({})
				})
			).status
		).toBe(403);
	});

	it('makes the journals read-only and tells the student and the teacher', async () => {
		const response = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({ purgeAfter })
		});
		expect(response.status).toBe(200);
		const archived = (await response.json()) as {
			status: string;
			purgeAfter: string;
			archivedAt: string;
		};
		expect(archived).toMatchObject({ status: 'archived', purgeAfter });
		const me = (await (await alice.fetch('/api/me')).json()) as {
			databases: Record<string, unknown>[];
			lifecycle: Record<string, unknown>;
		};
		expect(me.databases).toEqual([
			{
				name: alice.journal,
				access: 'write',
				readOnly: true,
				archivedAt: archived.archivedAt,
				purgeAfter
			}
		]);
		expect(me.lifecycle).toEqual({ archivedAt: archived.archivedAt, purgeAfter });
		const teacherMe = (await (await teacher.fetch('/api/me')).json()) as {
			databases: { name: string; readOnly?: boolean }[];
		};
		expect(teacherMe.databases.map((d) => [d.name, d.readOnly])).toEqual(
			expect.arrayContaining([
				[alice.journal, true],
				[bruno.journal, true]
			])
		);
	});

	it('refuses every write path, for the student and for the teacher', async () => {
		const db = `/couch/${alice.journal}`;
		const entryPath = `${db}/${encodeURIComponent(aliceEntry.id)}`;
		const changed = {
			...entryDoc('2026-06-02', aliceEntry.id),
			_rev: aliceEntry.rev,
			text: 'Changé'
		};
		const attempts: [string, Response][] = [
			[
				'bulk',
				await alice.fetch(`${db}/_bulk_docs`, {
					method: 'POST',
					...json({ docs: [entryDoc('2026-06-03')] })
				})
			],
			[
				'replication',
				await alice.fetch(`${db}/_bulk_docs`, {
					method: 'POST',
					...json({ docs: [{ ...changed, _rev: '9-abc' }], new_edits: false })
				})
			],
			['put', await alice.fetch(entryPath, { method: 'PUT', ...json(changed) })],
			['new doc', await putDoc(alice, alice.journal, entryDoc('2026-06-04'))],
			['delete', await alice.fetch(`${entryPath}?rev=${aliceEntry.rev}`, { method: 'DELETE' })],
			[
				'attachment',
				await bruno.fetch(
					`/couch/${bruno.journal}/${encodeURIComponent(brunoPhotoId)}/thumb.jpg?rev=1-x`,
					{
						method: 'PUT',
						headers: { 'content-type': 'image/jpeg' },
						body: THUMB
					}
				)
			],
			[
				'teacher comment',
				await teacher.fetch(`${db}/_bulk_docs`, {
					method: 'POST',
					...json({
						docs: [
							{
								_id: `comment:${aliceEntry.id}:2026-06-05T16:00:00.000Z:abcdefghij`,
								type: 'comment',
								schemaVersion: 1,
								targetId: aliceEntry.id,
								authorRole: 'teacher',
								authorId: teacher.me.user.id,
								authorName: 'Prof Cycle',
								text: 'Trop tard.',
								createdAt: '2026-06-05T16:00:00.000Z'
							}
						]
					})
				})
			]
		];
		for (const [what, response] of attempts) {
			expect(response.status, what).toBe(403);
			expect(await reasonOf(response), what).toBe(READ_ONLY);
		}
		const entry = (await (await alice.fetch(entryPath)).json()) as { _rev: string; text: string };
		expect(entry._rev).toBe(aliceEntry.rev);
		expect(entry.text).not.toBe('Changé');
	});

	it('keeps the journals readable (and replicable) by the student and the class teacher', async () => {
		const entryPath = `/couch/${alice.journal}/${encodeURIComponent(aliceEntry.id)}`;
		expect((await alice.fetch(entryPath)).status).toBe(200);
		expect((await teacher.fetch(entryPath)).status).toBe(200);
		expect(
			(await teacher.fetch(`/couch/${bruno.journal}/${encodeURIComponent(brunoPhotoId)}/image.jpg`))
				.status
		).toBe(200);
		const copy = await localPouch();
		const result = await copy.replicate.from(teacher.remote(bruno.journal));
		expect(result.ok).toBe(true);
		expect((await copy.get(brunoPhotoId))._id).toBe(brunoPhotoId);
		await copy.destroy();
	});

	it('lists the class as archived with its purge date', async () => {
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as Record<
			string,
			unknown
		>[];
		expect(classes.find((c) => c.id === classId)).toMatchObject({ status: 'archived', purgeAfter });
	});
});

describe('purge after the retention date', () => {
	const run = (now: string) =>
		admin.fetch('/api/admin/purges/run', { method: 'POST', ...json({ now }) });
	const dayAfter = `${isoDay(4)}T01:00:00.000Z`;

	it('does nothing before the date is over', async () => {
		const response = await run(`${purgeAfter}T23:00:00.000Z`);
		expect(await response.json()).toEqual({ purged: [], waiting: [], auditExpired: 0 });
		expect(await backendHas(bruno.journal)).toBe(true);
	});

	it('waits for students who were not offered an export, and deletes the others', async () => {
		const offered = await bruno.fetch('/api/me/export-offered', { method: 'POST' });
		expect(offered.status).toBe(200);
		expect((await alice.fetch('/api/me/export-offered', { method: 'GET' })).status).toBe(404);
		const response = await run(dayAfter);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			purged: [{ classId, studentId: bruno.id, journal: bruno.journal }],
			waiting: [
				{ classId, studentId: alice.id, journal: alice.journal, reason: 'export-not-offered' }
			],
			auditExpired: 0
		});
		expect(await backendHas(alice.journal)).toBe(true);
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as Record<
			string,
			unknown
		>[];
		expect(classes.find((c) => c.id === classId)).toMatchObject({
			status: 'archived',
			studentCount: 1
		});
	});

	it('leaves nothing of the purged journal readable through any route', async () => {
		// The database is gone from the backend, attachments with it.
		expect(await backendHas(bruno.journal)).toBe(false);
		const paths = [
			'',
			'/_all_docs',
			'/_changes',
			`/${encodeURIComponent(brunoPhotoId)}`,
			`/${encodeURIComponent(brunoPhotoId)}/image.jpg`,
			'/_design/carnet/_view/by_type'
		];
		for (const path of paths) {
			expect((await bruno.fetch(`/couch/${bruno.journal}${path}`)).status, `student ${path}`).toBe(
				401
			);
			expect([403, 404], `teacher ${path}`).toContain(
				(await teacher.fetch(`/couch/${bruno.journal}${path}`)).status
			);
			expect([403, 404], `admin ${path}`).toContain(
				(await admin.fetch(`/couch/${bruno.journal}${path}`)).status
			);
		}
		const bulkGet = await teacher.fetch(`/couch/${bruno.journal}/_bulk_get`, {
			method: 'POST',
			...json({ docs: [{ id: brunoPhotoId }] })
		});
		expect(bulkGet.status).toBe(403);
		expect((await bruno.fetch('/api/me')).status).toBe(401);
		const relogin = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			...json({ username: bruno.username, password: bruno.password })
		});
		expect(relogin.status).toBe(401);
		const teacherMe = (await (await teacher.fetch('/api/me')).json()) as {
			databases: { name: string }[];
		};
		expect(teacherMe.databases.map((d) => d.name)).not.toContain(bruno.journal);
		// Devices learn it without a session.
		const deleted = await fetch(
			`${app.url}/api/journals/deleted?names=${bruno.journal},${alice.journal},journal_nosuchone`
		);
		expect(await deleted.json()).toEqual({ deleted: [bruno.journal] });
		expect((await fetch(`${app.url}/api/journals/deleted?names=../_users`)).status).toBe(400);
	});

	it('purges the last student once offered the export, and closes the class', async () => {
		const due = (await (await admin.fetch('/api/admin/purges')).json()) as { due: unknown[] };
		expect(due.due).toEqual([]); // the real clock: not yet due
		expect((await alice.fetch('/api/me/export-offered', { method: 'POST' })).status).toBe(200);
		const response = await run(dayAfter);
		expect(await response.json()).toEqual({
			purged: [{ classId, studentId: alice.id, journal: alice.journal }],
			waiting: [],
			auditExpired: 0
		});
		expect(await backendHas(alice.journal)).toBe(false);
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as Record<
			string,
			unknown
		>[];
		expect(classes.find((c) => c.id === classId)).toMatchObject({
			status: 'purged',
			studentCount: 0
		});
		const archiveAgain = await admin.fetch(`/api/admin/classes/${classId}/archive`, {
			method: 'POST',
			...json({})
		});
		expect(archiveAgain.status).toBe(409);
	});

	it('takes a test clock only when the gateway allows it', async () => {
		const bad = await admin.fetch('/api/admin/purges/run', {
			method: 'POST',
			...json({ now: 'demain' })
		});
		expect(bad.status).toBe(400);
	});
});

describe('deletion on request', () => {
	let dora: Student;
	let tutor: UserClient;

	beforeAll(async () => {
		const otherClass = await createClass(admin, 'SIO2 Delta', 2);
		[dora] = (await importStudents(app.url, admin, otherClass, 'Delta', ['Dora'], 2)) as [Student];
		const stage = stageDoc(isoDay(-10), isoDay(20));
		expect((await putDoc(dora, dora.journal, stage)).status).toBe(201);
		tutor = await openLink(app.url, tokenOf(await invite(dora, stage._id)));
		expect((await tutor.fetch(`/couch/${dora.journal}/_all_docs`)).status).toBe(200);
	});

	it('is asked by the student only', async () => {
		expect((await teacher.fetch('/api/me/deletion-request', { method: 'POST' })).status).toBe(403);
		const asked = await dora.fetch('/api/me/deletion-request', { method: 'POST' });
		expect(asked.status).toBe(200);
		const { deletionRequestedAt } = (await asked.json()) as { deletionRequestedAt: string };
		const again = await dora.fetch('/api/me/deletion-request', { method: 'POST' });
		expect(await again.json()).toEqual({ deletionRequestedAt });
		const requests = (await (await admin.fetch('/api/admin/deletion-requests')).json()) as {
			studentId: string;
		}[];
		expect(requests).toEqual([
			expect.objectContaining({ studentId: dora.id, requestedAt: deletionRequestedAt })
		]);
		expect(
			(await dora.fetch('/api/admin/students/' + dora.id + '/delete', { method: 'POST' })).status
		).toBe(403);
	});

	it('deletes everything once the admin confirms', async () => {
		const response = await admin.fetch(`/api/admin/students/${dora.id}/delete`, { method: 'POST' });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ deleted: dora.journal });
		expect(await backendHas(dora.journal)).toBe(false);
		// Her sessions, her account, the tutor she invited: all gone.
		expect((await dora.fetch('/api/me')).status).toBe(401);
		expect((await tutor.fetch('/api/me')).status).toBe(401);
		expect((await tutor.fetch(`/couch/${dora.journal}/_all_docs`)).status).toBe(401);
		const relogin = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			...json({ username: dora.username, password: dora.password })
		});
		expect(relogin.status).toBe(401);
		expect(await (await admin.fetch('/api/admin/deletion-requests')).json()).toEqual([]);
		expect(
			(await admin.fetch(`/api/admin/students/${dora.id}/delete`, { method: 'POST' })).status
		).toBe(404);
		const deleted = await fetch(`${app.url}/api/journals/deleted?names=${dora.journal}`);
		expect(await deleted.json()).toEqual({ deleted: [dora.journal] });
	});
});

type Doc = Record<string, unknown> & { _id: string; _rev?: string };

/** A teacher signs the first week of Léa's demo journal from a replica (digest of its content). */
async function signFirstWeek(teacherClient: UserClient, journal: string): Promise<string> {
	const replica = await localPouch();
	await replica.replicate.from(teacherClient.remote(journal));
	const docs = (await replica.allDocs({ include_docs: true })).rows.map((row) => row.doc as Doc);
	const week = docs.find((doc) => doc.type === 'week') as Doc & { monday: string; stageId: string };
	const sunday = addDays(week.monday, 6);
	const inWeek = (doc: Doc) =>
		!doc.deleted &&
		doc.stageId === week.stageId &&
		(doc.date as string) >= week.monday &&
		(doc.date as string) <= sunday;
	const entries = docs.filter((doc) => doc.type === 'entry' && inWeek(doc));
	const entryIds = new Set(entries.map((entry) => entry._id));
	const photos = docs.filter(
		(doc) => doc.type === 'photo' && !doc.deleted && entryIds.has(doc.entryId as string)
	);
	const digest = await weekDigest({
		week: week as never,
		entries: entries as never[],
		photos: photos as never[]
	});
	const signedAt = new Date().toISOString();
	const visa = {
		_id: visaId(week._id, signedAt),
		type: 'visa',
		schemaVersion: 1,
		weekId: week._id,
		stageId: week.stageId,
		signerRole: 'teacher',
		signerId: teacherClient.me.user.id,
		signerName: teacherClient.me.user.displayName,
		decision: 'signed',
		comment: '',
		signature:
			'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		digest,
		covers: [week, ...entries, ...photos].map((doc) => ({ id: doc._id, rev: doc._rev! })),
		signedAt
	};
	const response = await putDoc(teacherClient, journal, visa);
	expect(response.status, await response.clone().text()).toBe(201);
	await replica.destroy();
	return visa._id;
}

describe('audit trail', () => {
	it('records a visa signed through the sync proxy', async () => {
		const prof = await login(app.url, 'prof.demo');
		const lea = prof.me.databases.find((db) => db.studentName === 'Léa Martin')!.name;
		const id = await signFirstWeek(prof, lea);
		// Recorded after the answer is sent: poll.
		await expect
			.poll(async () => (await allAudit()).some((event) => event.action === 'signed'))
			.toBe(true);
		const events = await allAudit();
		expect(events.find((event) => event.action === 'signed')).toMatchObject({
			actorId: prof.me.user.id,
			actorRole: 'teacher',
			target: lea,
			details: { docId: id, type: 'visa' }
		});
	});

	it('accepts export reports only for journals the caller reads', async () => {
		const lea = await login(app.url, 'lea.martin');
		const report = (client: UserClient, body: unknown) =>
			client.fetch('/api/audit/events', { method: 'POST', ...json(body) });
		expect(
			(await report(lea, { action: 'export', kind: 'pdf', journalId: lea.journal })).status
		).toBe(201);
		const hugo = await login(app.url, 'hugo.bernard');
		expect(
			(await report(hugo, { action: 'export', kind: 'pdf', journalId: lea.journal })).status
		).toBe(403);
		expect(
			(await report(lea, { action: 'deleted', kind: 'pdf', journalId: lea.journal })).status
		).toBe(400);
		expect(
			(await report(lea, { action: 'export', kind: 'Léa Martin', journalId: lea.journal })).status
		).toBe(400);
		const noCsrf = await fetch(`${app.url}/api/audit/events`, {
			method: 'POST',
			headers: { cookie: lea.cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ action: 'export', kind: 'pdf', journalId: lea.journal })
		});
		expect(noCsrf.status).toBe(403);
	});

	it('records who did what, with ids only, for the admin alone', async () => {
		expect((await teacher.fetch('/api/admin/audit')).status).toBe(403);
		const events = await allAudit();
		const actions = events.map((event) => `${event.action} ${event.target}`);
		expect(actions).toEqual(
			expect.arrayContaining([
				`promoted class:${classId}`,
				`archived class:${classId}`,
				`export-offered ${bruno.journal}`,
				`purged ${bruno.journal}`,
				`purged ${alice.journal}`,
				`purged class:${classId}`,
				expect.stringMatching(/^deletion-requested journal_/),
				expect.stringMatching(/^invitation-created journal_/),
				expect.stringMatching(/^deleted journal_/),
				expect.stringMatching(/^exported journal_/)
			])
		);
		const sorted = [...events].sort((a, b) => (a.id < b.id ? 1 : -1));
		expect(events.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
		const deleted = events.find((event) => event.action === 'deleted');
		expect(deleted).toMatchObject({
			actorId: admin.me.user.id,
			actorRole: 'admin',
			details: { reason: 'request' }
		});
		// No personal data: no username, display name or content of anyone involved.
		const text = JSON.stringify(events);
		for (const personal of [
			'alice',
			'bruno',
			'dora',
			'Cyclade',
			'Delta',
			'lea.martin',
			'Léa',
			'Martin',
			'prof.cycle',
			'Prof Cycle',
			'Karim',
			'DHCP'
		]) {
			expect(text, personal).not.toContain(personal);
		}
	});
});

describe('privacy configuration', () => {
	it('is public and says the actual settings', async () => {
		const response = await fetch(`${app.url}/api/privacy-config`);
		expect(response.status).toBe(200);
		const config = (await response.json()) as Record<string, unknown>;
		expect(config).toMatchObject({
			tutorAccessDays: 30,
			purge: { delayYears: 1 },
			sessions: { idleHours: 8, maxDays: 30 },
			roles: {
				student: { writes: expect.arrayContaining(['entry', 'photo']) },
				admin: { writes: [] }
			}
		});
	});
});
