/**
 * Who reads and writes which journal, through the real gateway with real clients (raw fetch,
 * nano, PouchDB replication), one identity per client.
 */
import nano from 'nano';
import PouchDB from 'pouchdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { commentDoc, entryDoc, visaDoc } from './support/docs.ts';
import { json, localPouch, login, type UserClient } from './support/gateway-client.ts';

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let tutor: UserClient;
let lonelyTutor: UserClient;
let teacher: UserClient;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp();
	[lea, hugo, tutor, teacher, admin] = (await Promise.all(
		['lea.martin', 'hugo.bernard', 'tuteur.demo', 'prof.demo', 'admin.demo'].map((name) =>
			login(app.url, name)
		)
	)) as [UserClient, UserClient, UserClient, UserClient, UserClient];
	const created = await admin.fetch('/api/admin/tutors', {
		method: 'POST',
		...json({ username: 'tuteur.seul', displayName: 'Tuteur sans élève' })
	});
	expect(created.status).toBe(201);
	lonelyTutor = await login(
		app.url,
		'tuteur.seul',
		((await created.json()) as { password: string }).password
	);
});
afterAll(async () => {
	await app?.stop();
});

function nanoFor(client: UserClient | null) {
	const headers: Record<string, string> = client
		? { cookie: client.cookie, 'x-csrf-token': client.me.csrfToken }
		: {};
	// parseUrl: false, or nano would take `couch` for a database name.
	return nano({ url: `${app.url}/couch`, parseUrl: false, headers } as nano.Configuration);
}

async function pullCount(remote: PouchDB.Database): Promise<{ docs: number; failed: boolean }> {
	const local = await localPouch();
	const failed = await local.replicate.from(remote).then(
		() => false,
		() => true
	);
	const docs = (await local.allDocs()).rows.length;
	await local.destroy();
	return { docs, failed };
}

describe('anonymous', () => {
	it('reads nothing: 401 on every journal route, PouchDB pulls no document', async () => {
		for (const path of ['', '/_all_docs', '/_changes', '/profile', '/_local/x']) {
			expect((await fetch(`${app.url}/couch/${lea.journal}${path}`)).status).toBe(401);
		}
		await expect(nanoFor(null).use(lea.journal).get('profile')).rejects.toMatchObject({
			statusCode: 401
		});
		const anonymous = new PouchDB(`${app.url}/couch/${lea.journal}`, { skip_setup: true });
		expect(await pullCount(anonymous)).toEqual({ docs: 0, failed: true });
	});
});

describe('students', () => {
	it('read and write their own journal', async () => {
		const own = nanoFor(lea).use(lea.journal);
		expect(((await own.get('profile')) as { firstName?: string }).firstName).toBe('Léa');
		const entry = entryDoc();
		expect((await own.insert(entry, entry._id)).ok).toBe(true);
		const pulled = await pullCount(lea.remote(lea.journal));
		expect(pulled.failed).toBe(false);
		expect(pulled.docs).toBeGreaterThan(1);
	});

	it('cannot read another student’s journal (fetch, nano, PouchDB)', async () => {
		for (const path of [
			'',
			'/_all_docs',
			'/_changes',
			'/profile',
			'/_local/x',
			'/_design/carnet'
		]) {
			expect((await hugo.fetch(`/couch/${lea.journal}${path}`)).status).toBe(403);
		}
		const bulkGet = await hugo.fetch(`/couch/${lea.journal}/_bulk_get`, {
			method: 'POST',
			...json({ docs: [{ id: 'profile' }] })
		});
		expect(bulkGet.status).toBe(403);
		await expect(nanoFor(hugo).use(lea.journal).get('profile')).rejects.toMatchObject({
			statusCode: 403
		});
		expect(await pullCount(hugo.remote(lea.journal))).toEqual({ docs: 0, failed: true });
		// Nor write into it.
		const put = await hugo.fetch(`/couch/${lea.journal}/_local/x`, {
			method: 'PUT',
			...json({ a: 1 })
		});
		expect(put.status).toBe(403);
	});

	it('cannot write a visa or a comment, even in their own journal', async () => {
		const visa = visaDoc({ id: lea.me.user.id, role: 'tutor', name: 'Léa' });
		const put = await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(visa._id)}`, {
			method: 'PUT',
			...json(visa)
		});
		expect(put.status).toBe(403);
		const bulk = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [visa] })
		});
		expect(bulk.status).toBe(201);
		expect(await bulk.json()).toEqual([
			{ id: visa._id, error: 'forbidden', reason: expect.stringMatching(/rôle/) }
		]);
		expect((await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(visa._id)}`)).status).toBe(
			404
		);
	});

	it('cannot touch _security, design docs, server-wide endpoints, or create/delete databases', async () => {
		const attempts: [string, string, unknown?][] = [
			['PUT', `/couch/${lea.journal}/_security`, { members: { names: [] } }],
			['GET', `/couch/${lea.journal}/_security`],
			['PUT', `/couch/${lea.journal}/_design/carnet`, { validate_doc_update: 'function(){}' }],
			['DELETE', `/couch/${lea.journal}/_design/carnet`],
			['PUT', `/couch/${lea.journal}/_design/evil`, { views: {} }],
			['POST', `/couch/${lea.journal}/_find`, { selector: {} }],
			['POST', `/couch/${lea.journal}/_index`, { index: { fields: ['type'] } }],
			['POST', `/couch/${lea.journal}/_purge`, {}],
			['POST', `/couch/${lea.journal}/_compact`, {}],
			['GET', '/couch/_all_dbs'],
			['GET', '/couch/_users/_all_docs'],
			['POST', '/couch/_users/_find', { selector: {} }],
			[
				'PUT',
				'/couch/_users/org.couchdb.user:x',
				{ name: 'x', password: 'x', roles: [], type: 'user' }
			],
			['GET', '/couch/_config'],
			['PUT', '/couch/_config/admins/evil', 'pwd'],
			['GET', '/couch/_node/_local/_config'],
			['GET', '/couch/_session'],
			['GET', '/couch/carnet_accounts/_all_docs'],
			['DELETE', `/couch/${lea.journal}`],
			['PUT', `/couch/${lea.journal}`],
			['POST', `/couch/${lea.journal}`, entryDoc()],
			['GET', '/couch/'],
			['GET', '/couch']
		];
		for (const [method, path, body] of attempts) {
			const response = await lea.fetch(path, { method, ...(body === undefined ? {} : json(body)) });
			expect([403, 404], `${method} ${path}`).toContain(response.status);
		}
		await expect(nanoFor(lea).db.list()).rejects.toMatchObject({ statusCode: 403 });
		const bulk = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({
				docs: [{ _id: '_design/carnet', validate_doc_update: 'function(){}' }, { _id: '_local/x' }]
			})
		});
		expect(((await bulk.json()) as { error: string }[]).map((row) => row.error)).toEqual([
			'forbidden',
			'forbidden'
		]);
		const design = (await (await lea.fetch(`/couch/${lea.journal}/_design/carnet`)).json()) as {
			validate_doc_update: string;
		};
		expect(design.validate_doc_update).toContain('ne peut pas changer');
	});

	it('cannot read the _local checkpoints of another journal', async () => {
		const own = await lea.fetch(`/couch/${lea.journal}/_local/checkpoint-a`, {
			method: 'PUT',
			...json({ last_seq: 1 })
		});
		expect(own.status).toBe(201);
		expect((await hugo.fetch(`/couch/${lea.journal}/_local/checkpoint-a`)).status).toBe(403);
	});
});

describe('tutors and teachers', () => {
	it('a linked tutor reads the students who linked them, never writes entries', async () => {
		const names = tutor.me.databases.map((database) => database.studentName);
		expect(names).toEqual(['Hugo Bernard', 'Inès Petit', 'Léa Martin']);
		expect(tutor.me.databases.every((database) => database.access === 'read')).toBe(true);
		expect(await pullCount(tutor.remote(lea.journal))).toMatchObject({ failed: false });
		const entry = entryDoc();
		const put = await tutor.fetch(`/couch/${lea.journal}/${encodeURIComponent(entry._id)}`, {
			method: 'PUT',
			...json(entry)
		});
		expect(put.status).toBe(403);
		// Nor delete one: a deleted stub counts as a write of the entry's type.
		const profile = (await (await tutor.fetch(`/couch/${lea.journal}/profile`)).json()) as {
			_rev: string;
		};
		const stub = await tutor.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [{ _id: 'profile', _rev: profile._rev, _deleted: true }] })
		});
		expect(((await stub.json()) as { error: string }[])[0]!.error).toBe('forbidden');
		expect((await lea.fetch(`/couch/${lea.journal}/profile`)).status).toBe(200);
		// Comments: what a tutor writes (visas, which also need a submitted week, are tested
		// with the visa rules).
		const own = commentDoc({ id: tutor.me.user.id, role: 'tutor', name: 'Karim Benali' });
		const written = await tutor.fetch(`/couch/${lea.journal}/${encodeURIComponent(own._id)}`, {
			method: 'PUT',
			...json(own)
		});
		expect(written.status).toBe(201);
		const forged = commentDoc({ id: teacher.me.user.id, role: 'teacher', name: 'Claire Dubois' });
		const refused = await tutor.fetch(`/couch/${lea.journal}/${encodeURIComponent(forged._id)}`, {
			method: 'PUT',
			...json(forged)
		});
		expect(refused.status).toBe(403);
		// The student may not delete the tutor's comment.
		const rev = ((await written.json()) as { rev: string }).rev;
		const deleted = await lea.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(own._id)}?rev=${rev}`,
			{ method: 'DELETE' }
		);
		expect(deleted.status).toBe(403);
		expect((await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(own._id)}`)).status).toBe(
			200
		);
	});

	it('a tutor nobody linked gets nothing', async () => {
		expect(lonelyTutor.me.databases).toEqual([]);
		expect((await lonelyTutor.fetch(`/couch/${lea.journal}`)).status).toBe(403);
		expect(await pullCount(lonelyTutor.remote(lea.journal))).toEqual({ docs: 0, failed: true });
	});

	it('a teacher reads the journals of their class; the admin reads none', async () => {
		expect(teacher.me.databases.map((database) => database.name).sort()).toEqual(
			[lea.journal, hugo.journal, tutor.me.databases[1]!.name].sort()
		);
		expect((await teacher.fetch(`/couch/${hugo.journal}/profile`)).status).toBe(200);
		expect(admin.me.databases).toEqual([]);
		expect((await admin.fetch(`/couch/${lea.journal}`)).status).toBe(403);
	});

	it('only admins use the admin API', async () => {
		const response = await lea.fetch('/api/admin/classes');
		expect(response.status).toBe(403);
	});
});
