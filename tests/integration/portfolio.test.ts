/**
 * Achievements and teacher validations through the real gateway. Léa writes an achievement; only
 * a teacher of her class validates it, with the digest of the content as stored (recomputed by
 * the gateway); a validation is never changed nor deleted; students, tutors and teachers of other
 * classes are refused, on the document API and on the replication path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementId, commentId, validationId } from '../../src/lib/domain/ids.ts';
import { achievementDigest } from '../../src/lib/domain/portfolio/achievement-digest.ts';
import { achievementSchema, type Achievement } from '../../src/lib/domain/schemas/index.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, localPouch, login, type UserClient } from './support/gateway-client.ts';
import { firstStageId, invite, openLink, tokenOf } from './support/tutor-client.ts';

type Doc = Record<string, unknown> & { _id: string; _rev?: string };

let app: RunningApp;
let lea: UserClient;
let teacher: UserClient;
let otherTeacher: UserClient;
let tutor: UserClient;
let achievement: Achievement;

function put(client: UserClient, doc: Doc): Promise<Response> {
	return client.fetch(`/couch/${lea.journal}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		...json(doc)
	});
}

async function reason(response: Response): Promise<string> {
	return ((await response.json()) as { reason: string }).reason;
}

function validationBy(client: UserClient, digest: string, of = achievement._id): Doc {
	const validatedAt = new Date(Date.now() + Math.floor(Math.random() * 1000)).toISOString();
	return {
		_id: validationId(of, validatedAt),
		type: 'validation',
		schemaVersion: 1,
		achievementId: of,
		validatorRole: 'teacher',
		validatorId: client.me.user.id,
		validatorName: client.me.user.displayName,
		comment: 'Bonne réalisation.',
		digest,
		validatedAt
	};
}

beforeAll(async () => {
	app = await startApp();
	const admin = await login(app.url, 'admin.demo');
	[lea, teacher] = await Promise.all([login(app.url, 'lea.martin'), login(app.url, 'prof.demo')]);
	const created = await admin.fetch('/api/admin/teachers', {
		method: 'POST',
		...json({ username: 'prof.autre', displayName: 'Paul Autre' })
	});
	const { password } = (await created.json()) as { password: string };
	otherTeacher = await login(app.url, 'prof.autre', password);
	const stageId = await firstStageId(lea);
	tutor = await openLink(app.url, tokenOf(await invite(lea, stageId)));
	const now = new Date().toISOString();
	achievement = achievementSchema.parse({
		_id: achievementId(now),
		type: 'achievement',
		schemaVersion: 1,
		title: 'Déploiement d’un serveur DHCP',
		context: 'stage',
		organisation: 'Mairie de Lyon',
		stageId,
		trainingYear: 2,
		startDate: '2026-05-18',
		endDate: '2026-05-22',
		description: 'Installation, étendues, réservations.',
		links: [],
		photoIds: [],
		competenceIds: ['C1.2.2', 'C1.3.1'],
		situationKinds: ['project'],
		entryIds: [],
		createdAt: now,
		updatedAt: now
	});
	const stored = await put(lea, achievement);
	expect(stored.status).toBe(201);
	achievement._rev = ((await stored.json()) as { rev: string }).rev;
});
afterAll(async () => {
	await app?.stop();
});

describe('achievements', () => {
	it('are written by their student only', async () => {
		const copy = { ...achievement, _id: achievementId(new Date().toISOString()), _rev: undefined };
		expect((await put(teacher, copy)).status).toBe(403);
		expect((await put(tutor, copy)).status).toBe(403);
	});

	it('are refused when invalid, with a French reason', async () => {
		const createdAt = new Date().toISOString();
		const bad = { ...achievement, _rev: undefined, _id: achievementId(createdAt), createdAt };
		const response = await put(lea, { ...bad, endDate: '2026-05-01' });
		expect(response.status).toBe(400);
		expect(await reason(response)).toMatch(/La fin de la période précède son début/);
	});
});

describe('files attached to achievements', () => {
	const pdf = Buffer.from('%PDF-1.4\n% Compte rendu\n%%EOF\n');
	const withFile = (name: string, type: string, bytes: Buffer): Doc => {
		const createdAt = new Date(Date.now() + Math.floor(Math.random() * 1000)).toISOString();
		return {
			...achievement,
			_rev: undefined,
			_id: achievementId(createdAt),
			createdAt,
			updatedAt: createdAt,
			_attachments: { [name]: { content_type: type, data: bytes.toString('base64') } }
		};
	};

	it('accepts a small PDF, which the teacher then reads', async () => {
		const doc = withFile('Compte-rendu.pdf', 'application/pdf', pdf);
		expect((await put(lea, doc)).status).toBe(201);
		const read = await teacher.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(doc._id)}/${encodeURIComponent('Compte-rendu.pdf')}`
		);
		expect(read.status).toBe(200);
		expect(Buffer.from(await read.arrayBuffer()).equals(pdf)).toBe(true);
	});

	it('refuses big files, other types, mismatched extensions, and files on other documents', async () => {
		const big = await put(
			lea,
			withFile('gros.pdf', 'application/pdf', Buffer.alloc(5 * 1024 * 1024 + 10))
		);
		expect(big.status).toBe(413);
		expect(await reason(big)).toBe('Fichier trop volumineux (5 Mo au maximum).');
		const exe = await put(lea, withFile('outil.exe', 'application/octet-stream', pdf));
		expect(exe.status).toBe(400);
		expect((await put(lea, withFile('photo.pdf', 'image/png', pdf))).status).toBe(400);
		const entry = {
			_id: `entry:2026-05-19:${achievement._id.slice(-10)}`,
			type: 'entry',
			schemaVersion: 1,
			stageId: achievement.stageId,
			date: '2026-05-19',
			text: 'x',
			minutes: 0,
			activityIds: [],
			tools: [],
			difficulties: '',
			learned: '',
			confidential: false,
			createdAt: achievement.createdAt,
			updatedAt: achievement.createdAt,
			_attachments: { 'a.pdf': { content_type: 'application/pdf', data: pdf.toString('base64') } }
		};
		const refused = await put(lea, entry as Doc);
		expect(refused.status).toBe(400);
		expect(await reason(refused)).toBe(
			'Seules les photos et les réalisations ont des pièces jointes.'
		);
	});
});

describe('validations', () => {
	let stored: Doc;

	it('are refused to the student, to a tutor and to a teacher of another class', async () => {
		const digest = await achievementDigest(achievement);
		const byLea = { ...validationBy(teacher, digest), validatorId: lea.me.user.id };
		expect((await put(lea, byLea)).status).toBe(403);
		expect((await put(tutor, validationBy(teacher, digest))).status).toBe(403);
		expect((await otherTeacher.fetch(`/couch/${lea.journal}/${achievement._id}`)).status).toBe(403);
		expect((await put(otherTeacher, validationBy(otherTeacher, digest))).status).toBe(403);
	});

	it('are signed by the caller and bound to the content as stored', async () => {
		const digest = await achievementDigest(achievement);
		const forged = { ...validationBy(teacher, digest), validatorId: 'someone.else' };
		expect((await put(teacher, forged)).status).toBe(403);
		const stale = validationBy(teacher, 'f'.repeat(64));
		const refused = await put(teacher, stale);
		expect(refused.status).toBe(403);
		expect(await reason(refused)).toMatch(/a changé depuis votre lecture/);
		const ghost = validationBy(
			teacher,
			digest,
			achievementId('2026-01-01T00:00:00.000Z', 'zzzzzzzzzz')
		);
		expect(await reason(await put(teacher, ghost))).toBe('Réalisation introuvable.');
		stored = validationBy(teacher, digest);
		const accepted = await put(teacher, stored);
		expect(accepted.status).toBe(201);
		stored._rev = ((await accepted.json()) as { rev: string }).rev;
		expect(
			(await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(stored._id)}`)).status
		).toBe(200);
	});

	it('can be neither modified nor deleted, by the teacher or the student', async () => {
		const changed = await put(teacher, { ...stored, comment: 'Finalement non.' });
		expect(changed.status).toBe(403);
		expect(await reason(changed)).toMatch(/ni modifiée ni supprimée/);
		const path = `/couch/${lea.journal}/${encodeURIComponent(stored._id)}?rev=${stored._rev}`;
		expect((await teacher.fetch(path, { method: 'DELETE' })).status).toBe(403);
		expect((await lea.fetch(path, { method: 'DELETE' })).status).toBe(403);
		const bulk = await lea.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [{ ...stored, _deleted: true }] })
		});
		const [result] = (await bulk.json()) as { error?: string }[];
		expect(result?.error).toBe('forbidden');
	});

	it('pushed by replication from a teacher device are checked the same way', async () => {
		const device = (await localPouch()) as PouchDB.Database<Doc>;
		try {
			await device.put(validationBy(teacher, 'e'.repeat(64)));
			const result = await device.replicate.to(teacher.remote(lea.journal));
			expect(result.docs_written).toBe(0);
			expect(result.doc_write_failures).toBe(1);
		} finally {
			await device.destroy();
		}
	});
});

describe('comments on achievements', () => {
	it('a teacher of the class comments an achievement; the student cannot', async () => {
		const createdAt = new Date().toISOString();
		const comment = (client: UserClient, role: string): Doc => ({
			_id: commentId(achievement._id, createdAt),
			type: 'comment',
			schemaVersion: 1,
			targetId: achievement._id,
			authorRole: role,
			authorId: client.me.user.id,
			authorName: client.me.user.displayName,
			text: 'Ajoutez la capture de la console DHCP.',
			createdAt
		});
		expect((await put(teacher, comment(teacher, 'teacher'))).status).toBe(201);
		expect((await put(lea, comment(lea, 'teacher'))).status).toBe(403);
		expect((await put(otherTeacher, comment(otherTeacher, 'teacher'))).status).toBe(403);
	});
});
