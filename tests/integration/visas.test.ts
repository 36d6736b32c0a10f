/**
 * Visas and comments through the real gateway: a tutor who opened Léa's link signs a week on
 * their own PouchDB replica and pushes it by replication; the gateway reads back the covered
 * revisions and checks the digest. Wrong digests, replays, forged signers, other stages, entries
 * written by a tutor, and a student touching a visa are refused; a teacher countersigns.
 */
import PouchDB from 'pouchdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/domain/calendar/dates.ts';
import { weekDigest } from '../../src/lib/domain/digest/week-digest.ts';
import { commentId, visaId, weekId as weekIdOf } from '../../src/lib/domain/ids.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { rand } from './support/docs.ts';
import { json, localPouch, login, type UserClient } from './support/gateway-client.ts';
import { firstStageId, invite, openLink, tokenOf } from './support/tutor-client.ts';

type Doc = Record<string, unknown> & { _id: string; _rev?: string };

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let teacher: UserClient;
let tutor: UserClient;
let leaStage: string;
/** The tutor's phone: a local replica of Léa's journal. */
let phone: PouchDB.Database<Doc>;

const SIGNATURE =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeAll(async () => {
	app = await startApp();
	[lea, hugo, teacher] = (await Promise.all(
		['lea.martin', 'hugo.bernard', 'prof.demo'].map((name) => login(app.url, name))
	)) as [UserClient, UserClient, UserClient];
	leaStage = await firstStageId(lea);
	tutor = await openLink(app.url, tokenOf(await invite(lea, leaStage)));
	phone = (await localPouch()) as PouchDB.Database<Doc>;
	await phone.replicate.from(tutor.remote(lea.journal));
});
afterAll(async () => {
	await phone?.destroy();
	await app?.stop();
});

/** What a signing device computes from its replica: covers and digest of one week. */
async function weekToSign(db: PouchDB.Database<Doc>, weekId: string) {
	const docs = (await db.allDocs({ include_docs: true })).rows.map((row) => row.doc as Doc);
	const week = docs.find((doc) => doc._id === weekId) as Doc & {
		monday: string;
		stageId: string;
		summary: string;
		difficulties: string;
		learned: string;
	};
	const sunday = addDays(week.monday, 6);
	const entries = docs.filter(
		(doc) =>
			doc.type === 'entry' &&
			!doc.deleted &&
			doc.stageId === week.stageId &&
			(doc.date as string) >= week.monday &&
			(doc.date as string) <= sunday
	);
	const entryIds = new Set(entries.map((entry) => entry._id));
	const photos = docs.filter(
		(doc) => doc.type === 'photo' && !doc.deleted && entryIds.has(doc.entryId as string)
	);
	const digest = await weekDigest({
		week,
		entries: entries as never[],
		photos: photos as never[]
	});
	const covers = [week, ...entries, ...photos].map((doc) => ({ id: doc._id, rev: doc._rev! }));
	return { week, entries, photos, digest, covers };
}

async function firstWeekId(stageId: string): Promise<string> {
	const ids = (await phone.allDocs({ startkey: 'week:', endkey: 'week:\ufff0' })).rows.map(
		(row) => row.id
	);
	const id = ids.find((candidate) => candidate.endsWith(stageId.slice(-10)));
	expect(id, 'a week of the stage').toBeTruthy();
	return id!;
}

function visaFor(
	signer: UserClient,
	week: { weekId: string; stageId: string; digest: string; covers: { id: string; rev: string }[] }
): Doc {
	const signedAt = new Date(Date.now() + Math.floor(Math.random() * 1000)).toISOString();
	return {
		_id: visaId(week.weekId, signedAt),
		type: 'visa',
		schemaVersion: 1,
		weekId: week.weekId,
		stageId: week.stageId,
		signerRole: signer.me.user.role,
		signerId: signer.me.user.id,
		signerName: signer.me.user.displayName,
		decision: 'signed',
		comment: '',
		signature: SIGNATURE,
		digest: week.digest,
		covers: week.covers,
		signedAt
	};
}

function put(client: UserClient, journal: string, doc: Doc): Promise<Response> {
	return client.fetch(`/couch/${journal}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		...json(doc)
	});
}

async function reason(response: Response): Promise<string> {
	return ((await response.json()) as { reason: string }).reason;
}

/** Pushes one document from a fresh replica of the tutor's phone by PouchDB replication. */
async function pushByReplication(client: UserClient, doc: Doc) {
	const { docs_written, doc_write_failures } = await phone.replicate.to(
		client.remote(lea.journal),
		{ doc_ids: [doc._id] }
	);
	return { docs_written, doc_write_failures };
}

describe('a tutor signs a week', () => {
	let weekId: string;
	let signed: Doc;

	it('a valid visa pushed by replication is stored and reaches the student', async () => {
		weekId = await firstWeekId(leaStage);
		const week = await weekToSign(phone, weekId);
		expect(week.entries.length).toBeGreaterThan(0);
		signed = visaFor(tutor, { weekId, stageId: leaStage, ...week });
		await phone.put(signed);
		expect(await pushByReplication(tutor, signed)).toEqual({
			docs_written: 1,
			doc_write_failures: 0
		});
		const seen = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(signed._id)}`)
		).json()) as Doc;
		expect(seen).toMatchObject({ signerId: tutor.me.user.id, digest: week.digest });
		signed = seen; // with the stored _rev
		const student = await localPouch();
		await student.replicate.from(lea.remote(lea.journal));
		expect(await student.get<Doc>(signed._id)).toMatchObject({ signerRole: 'tutor' });
		await student.destroy();
	});

	it('a wrong digest is refused (replication and PUT) and never stored', async () => {
		const week = await weekToSign(phone, weekId);
		const wrong = visaFor(tutor, { weekId, stageId: leaStage, ...week, digest: 'b'.repeat(64) });
		await phone.put(wrong);
		expect(await pushByReplication(tutor, wrong)).toMatchObject({ doc_write_failures: 1 });
		const { _rev: _local, ...again } = wrong;
		const direct = await put(tutor, lea.journal, again as Doc);
		expect(direct.status).toBe(403);
		expect(await reason(direct)).toMatch(/empreinte/i);
		expect((await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(wrong._id)}`)).status).toBe(
			404
		);
	});

	it('a visa that leaves out an entry of the week, or names a revision that never existed, is refused', async () => {
		const week = await weekToSign(phone, weekId);
		const partial = visaFor(tutor, {
			weekId,
			stageId: leaStage,
			digest: await weekDigest({
				week: week.week,
				entries: week.entries.slice(1) as never[],
				photos: week.photos.filter((p) => p.entryId !== week.entries[0]!._id) as never[]
			}),
			covers: week.covers.filter(
				(c) =>
					c.id !== week.entries[0]!._id &&
					!week.photos.some((p) => p._id === c.id && p.entryId === week.entries[0]!._id)
			)
		});
		const missing = await put(tutor, lea.journal, partial);
		expect(missing.status).toBe(403);
		expect(await reason(missing)).toMatch(/oublie/);
		const invented = visaFor(tutor, {
			weekId,
			stageId: leaStage,
			digest: week.digest,
			covers: week.covers.map((c, i) =>
				i === 0 ? { ...c, rev: '1-0123456789abcdef0123456789abcdef' } : c
			)
		});
		expect((await put(tutor, lea.journal, invented)).status).toBe(403);
	});

	it('a replayed visa is refused: same doc again, new revision, copy into another journal', async () => {
		const { _rev: rev, ...body } = signed;
		const again = await put(tutor, lea.journal, body as Doc);
		expect([403, 409]).toContain(again.status);
		const changed = await put(tutor, lea.journal, { ...signed, comment: 'Modifié après coup' });
		expect(changed.status).toBe(403);
		// Replication path with another revision of the same id (a changed visa).
		const forgedRevision = await tutor.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({
				new_edits: false,
				docs: [{ ...signed, _rev: '2-0123456789abcdef0123456789abcdef', comment: 'Autre texte' }]
			})
		});
		expect(await forgedRevision.json()).toEqual([
			{ id: signed._id, error: 'forbidden', reason: expect.stringMatching(/ni modifié/) }
		]);
		// The very same stored revision sent again by a replication replay changes nothing.
		const replay = await tutor.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ new_edits: false, docs: [{ ...signed, _rev: rev }] })
		});
		expect(await replay.json()).toEqual([]);
		const stored = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(signed._id)}?revs_info=true`)
		).json()) as Doc & { _revs_info: unknown[] };
		expect(stored._rev).toBe(rev);
		expect(stored._revs_info).toHaveLength(1);
		// Into Hugo's journal: the tutor has no access there …
		expect((await put(tutor, hugo.journal, body as Doc)).status).toBe(403);
	});

	it('a teacher countersigns; their visa copied into another journal is refused', async () => {
		const week = await weekToSign(phone, weekId);
		const countersign = visaFor(teacher, { weekId, stageId: leaStage, ...week });
		const written = await put(teacher, lea.journal, countersign);
		expect(written.status).toBe(201);
		const copy = { ...countersign, _id: visaId(weekId, countersign.signedAt as string) };
		const elsewhere = await put(teacher, hugo.journal, copy);
		expect(elsewhere.status).toBe(403);
		expect(await reason(elsewhere)).toMatch(/introuvable|pas de cette semaine|oublie/);
	});

	it('a teacher’s request for changes is checked like a signature: comment, digest, journal', async () => {
		const week = await weekToSign(phone, weekId);
		const request = (extra: Partial<Doc>): Doc => {
			const { signature: _none, ...unsigned } = visaFor(teacher, {
				weekId,
				stageId: leaStage,
				...week
			});
			return {
				...unsigned,
				decision: 'changes_requested',
				comment: 'Ajoutez le schéma.',
				...extra
			};
		};
		// Without a comment it is not a valid document (the shared schema says what is missing).
		const empty = await put(teacher, lea.journal, request({ comment: '  ' }));
		expect(empty.status).toBe(400);
		expect(await reason(empty)).toMatch(/Indiquez les modifications demandées/);
		const wrong = await put(teacher, lea.journal, request({ digest: 'f'.repeat(64) }));
		expect(wrong.status).toBe(403);
		expect(await reason(wrong)).toMatch(/empreinte/i);
		const elsewhere = await put(teacher, hugo.journal, request({}));
		expect(elsewhere.status).toBe(403);
		const valid = request({});
		expect((await put(teacher, lea.journal, valid)).status).toBe(201);
		const stored = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(valid._id)}`)
		).json()) as Doc;
		expect(stored).toMatchObject({ signerRole: 'teacher', decision: 'changes_requested' });
		// The student cannot take it back.
		const deleted = await lea.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(valid._id)}?rev=${stored._rev as string}`,
			{ method: 'DELETE' }
		);
		expect(deleted.status).toBe(403);
	});

	it('a visa signed in someone else’s name is refused', async () => {
		const week = await weekToSign(phone, weekId);
		const forged = {
			...visaFor(tutor, { weekId, stageId: leaStage, ...week }),
			signerId: teacher.me.user.id
		};
		const response = await put(tutor, lea.journal, forged);
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/à votre nom/);
		const wrongRole = {
			...visaFor(tutor, { weekId, stageId: leaStage, ...week }),
			signerRole: 'teacher'
		};
		expect((await put(tutor, lea.journal, wrongRole)).status).toBe(403);
	});

	it('a tutor cannot write an entry, nor change or delete their own visa', async () => {
		const entry = {
			_id: `entry:2026-06-02:${rand()}`,
			type: 'entry',
			schemaVersion: 1,
			stageId: leaStage,
			date: '2026-06-02',
			text: 'Écrit par le tuteur',
			minutes: 60,
			activityIds: [],
			tools: [],
			difficulties: '',
			learned: '',
			confidential: false,
			createdAt: '2026-06-02T08:00:00.000Z',
			updatedAt: '2026-06-02T08:00:00.000Z'
		};
		const response = await put(tutor, lea.journal, entry);
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/rôle/);
		const deleted = await tutor.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(signed._id)}?rev=${signed._rev}`,
			{ method: 'DELETE' }
		);
		expect(deleted.status).toBe(403);
		expect(
			(await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(signed._id)}`)).status
		).toBe(200);
	});
});

describe('the stage of the link', () => {
	it('a tutor signs and comments only the stage of their link; the teacher may sign the other', async () => {
		// Léa adds a second stage and a week report in it.
		const otherStage = `stage:2027-01-04:${rand()}`;
		const now = new Date().toISOString();
		const stage = {
			_id: otherStage,
			type: 'stage',
			schemaVersion: 1,
			organisation: { name: 'Autre entreprise' },
			tutor: { name: 'Autre tuteur' },
			startDate: '2027-01-04',
			endDate: '2027-02-05',
			trainingYear: 2,
			hoursPerDay: 7,
			createdAt: now,
			updatedAt: now
		};
		const otherWeekId = weekIdOf('2027-01-04', otherStage);
		const week = {
			_id: otherWeekId,
			type: 'week',
			schemaVersion: 1,
			stageId: otherStage,
			monday: '2027-01-04',
			summary: 'Première semaine.',
			difficulties: '',
			learned: '',
			status: 'draft',
			updatedAt: now
		};
		for (const doc of [stage, week]) expect((await put(lea, lea.journal, doc)).status).toBe(201);
		await phone.replicate.from(tutor.remote(lea.journal));
		const toSign = await weekToSign(phone, otherWeekId);
		const byTutor = visaFor(tutor, { weekId: otherWeekId, stageId: otherStage, ...toSign });
		const refused = await put(tutor, lea.journal, byTutor);
		expect(refused.status).toBe(403);
		expect(await reason(refused)).toMatch(/uniquement le stage/);
		const byTeacher = visaFor(teacher, { weekId: otherWeekId, stageId: otherStage, ...toSign });
		expect((await put(teacher, lea.journal, byTeacher)).status).toBe(201);

		const comment = (targetId: string): Doc => {
			const createdAt = new Date().toISOString();
			return {
				_id: commentId(targetId, createdAt),
				type: 'comment',
				schemaVersion: 1,
				targetId,
				authorRole: 'tutor',
				authorId: tutor.me.user.id,
				authorName: tutor.me.user.displayName,
				text: 'Bien vu.',
				createdAt
			};
		};
		const ownEntry = (await weekToSign(phone, await firstWeekId(leaStage))).entries[0]!;
		expect((await put(tutor, lea.journal, comment(ownEntry._id))).status).toBe(201);
		expect((await put(tutor, lea.journal, comment(otherWeekId))).status).toBe(403);
		expect((await put(tutor, lea.journal, comment(otherStage))).status).toBe(403);
	});
});

describe('the student and visas', () => {
	it('can never write, alter or delete a visa', async () => {
		const weekId = await firstWeekId(leaStage);
		const week = await weekToSign(phone, weekId);
		const own = { ...visaFor(lea, { weekId, stageId: leaStage, ...week }), signerRole: 'tutor' };
		const created = await put(lea, lea.journal, own);
		expect(created.status).toBe(403);
		expect(await reason(created)).toMatch(/rôle/);
		const stored = (await (
			await lea.fetch(
				`/couch/${lea.journal}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"visa:"')}&endkey=${encodeURIComponent('"visa:\ufff0"')}`
			)
		).json()) as { rows: { doc: Doc }[] };
		const tutorVisa = stored.rows.map((row) => row.doc).find((doc) => doc.signerRole === 'tutor')!;
		expect(tutorVisa).toBeTruthy();
		expect((await put(lea, lea.journal, { ...tutorVisa, comment: 'Réécrit' })).status).toBe(403);
		const deleted = await lea.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(tutorVisa._id)}?rev=${tutorVisa._rev}`,
			{ method: 'DELETE' }
		);
		expect(deleted.status).toBe(403);
		const bulk = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [{ _id: tutorVisa._id, _rev: tutorVisa._rev, _deleted: true }] })
		});
		expect(await bulk.json()).toEqual([
			{ id: tutorVisa._id, error: 'forbidden', reason: expect.any(String) }
		]);
		const after = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(tutorVisa._id)}`)
		).json()) as Doc;
		expect(after._rev).toBe(tutorVisa._rev);
	});
});
