/**
 * Bilans intermédiaires and their signatures through the real gateway. A review is written only
 * by whoever scheduled it (student or teacher); a signature (tutor or teacher) names the stored
 * revision it signed and the gateway recomputes its digest from it. A student signing, a tutor of
 * another stage, a wrong digest, a replay, a copy into another journal, an edit or a deletion of
 * a signature are all refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewId } from '../../src/lib/domain/review/review-id.ts';
import { signatureId } from '../../src/lib/domain/signature/signature-id.ts';
import { signedContentDigest } from '../../src/lib/domain/signature/signed-content.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { rand } from './support/docs.ts';
import { randomBytes } from 'node:crypto';
import { json, login, type UserClient } from './support/gateway-client.ts';
import { PNG, reason, stored, type Doc } from './support/signed-docs.ts';
import { firstStageId, invite, openLink, tokenOf } from './support/tutor-client.ts';

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let teacher: UserClient;
let tutor: UserClient;
let leaStage: string;

beforeAll(async () => {
	app = await startApp();
	[lea, hugo, teacher] = (await Promise.all(
		['lea.martin', 'hugo.bernard', 'prof.demo'].map((name) => login(app.url, name))
	)) as [UserClient, UserClient, UserClient];
	leaStage = await firstStageId(lea);
	tutor = await openLink(app.url, tokenOf(await invite(lea, leaStage)));
});
afterAll(async () => {
	await app?.stop();
});

function put(client: UserClient, journal: string, doc: Doc): Promise<Response> {
	return client.fetch(`/couch/${journal}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		...json(doc)
	});
}

function reviewBy(author: UserClient, stageId: string, status: 'planned' | 'held' = 'held'): Doc {
	const now = new Date().toISOString();
	return {
		_id: reviewId('2026-06-17', rand()),
		type: 'review',
		schemaVersion: 1,
		stageId,
		authorRole: author.me.user.role,
		authorId: author.me.user.id,
		authorName: author.me.user.displayName,
		scheduledDate: '2026-06-17',
		scheduledTime: '14:00',
		participants: { student: 'Léa Martin', tutor: 'Karim Benali', teacher: 'Mme Durand' },
		status,
		notes: 'Bonne intégration dans l’équipe.',
		objectives: ['Documenter chaque intervention dans GLPI.'],
		competenceIds: ['C1.2'],
		createdAt: now,
		updatedAt: now
	};
}

/** Writes a review and returns it as stored (with its revision). */
async function writeReview(author: UserClient, doc: Doc): Promise<Doc> {
	const response = await put(author, lea.journal, doc);
	expect(response.status, await response.clone().text()).toBe(201);
	return stored(author, lea.journal, doc._id);
}

async function signatureOf(signer: UserClient, target: Doc, extra: Partial<Doc> = {}) {
	const signedAt = new Date(Date.now() + Math.floor(Math.random() * 1000)).toISOString();
	return {
		_id: signatureId(target._id, signedAt),
		type: 'signature',
		schemaVersion: 1,
		targetType: target.type,
		targetId: target._id,
		stageId: target.stageId,
		signerRole: signer.me.user.role,
		signerId: signer.me.user.id,
		signerName: signer.me.user.displayName,
		comment: '',
		signature: PNG,
		digest: await signedContentDigest(target),
		covers: [{ id: target._id, rev: target._rev! }],
		signedAt,
		...extra
	} as Doc;
}

describe('who writes a review', () => {
	it('the student schedules and writes their review; nobody else edits it', async () => {
		const review = await writeReview(lea, reviewBy(lea, leaStage, 'planned'));
		const byTeacher = { ...review, notes: 'Réécrit par le professeur.' };
		expect((await put(teacher, lea.journal, byTeacher)).status).toBe(403);
		const byTutor = reviewBy(tutor, leaStage);
		expect((await put(tutor, lea.journal, byTutor)).status).toBe(403);
		const held = { ...review, status: 'held', updatedAt: new Date().toISOString() };
		expect((await put(lea, lea.journal, held)).status).toBe(201);
	});

	it('a teacher schedules one in a student’s journal; the student cannot edit it', async () => {
		const review = await writeReview(teacher, reviewBy(teacher, leaStage));
		const response = await put(lea, lea.journal, { ...review, notes: 'Modifié par l’élève.' });
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/autre personne/);
		const forged = { ...reviewBy(lea, leaStage), authorId: teacher.me.user.id };
		expect((await put(lea, lea.journal, forged)).status).toBe(403);
	});
});

describe('signing a review', () => {
	let review: Doc;
	let signed: Doc;

	beforeAll(async () => {
		review = await writeReview(lea, reviewBy(lea, leaStage));
	});

	it('a student cannot write a signature, even in their own name', async () => {
		const byStudent = await signatureOf(lea, review, { signerRole: 'tutor' });
		const response = await put(lea, lea.journal, byStudent);
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/rôle ne permet pas/);
	});

	it('the tutor of the stage signs; the signature is stored as sent', async () => {
		signed = await signatureOf(tutor, review);
		const response = await put(tutor, lea.journal, signed);
		expect(response.status).toBe(201);
		const back = await stored(lea, lea.journal, signed._id);
		expect(back.digest).toBe(signed.digest);
		expect(back.covers).toEqual([{ id: review._id, rev: review._rev }]);
	});

	it('a signature can be neither replayed, changed nor deleted', async () => {
		expect((await put(tutor, lea.journal, signed)).status).toBe(403);
		const current = await stored(tutor, lea.journal, signed._id);
		const changed = await put(tutor, lea.journal, { ...current, comment: 'Ajouté après.' });
		expect(changed.status).toBe(403);
		expect(await reason(changed)).toMatch(/ni modifiée ni supprimée/);
		const deleted = await tutor.fetch(
			`/couch/${lea.journal}/${encodeURIComponent(signed._id)}?rev=${current._rev as string}`,
			{ method: 'DELETE' }
		);
		expect(deleted.status).toBe(403);
	});

	it('a wrong digest, a forged signer or a planned review is refused', async () => {
		const wrong = await signatureOf(tutor, review, { digest: 'a'.repeat(64) });
		const response = await put(tutor, lea.journal, wrong);
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/empreinte/i);
		const forged = await signatureOf(tutor, review, { signerId: teacher.me.user.id });
		expect((await put(tutor, lea.journal, forged)).status).toBe(403);
		const planned = await writeReview(lea, reviewBy(lea, leaStage, 'planned'));
		const early = await put(tutor, lea.journal, await signatureOf(tutor, planned));
		expect(early.status).toBe(403);
		expect(await reason(early)).toMatch(/une fois qu’il a eu lieu/);
	});

	it('a teacher signs the review they wrote offline: one push carries both, both are kept', async () => {
		// As the teacher's replica pushes them: stored revisions (`new_edits: false`), the
		// signature listed first, naming a revision the gateway has not seen before this push.
		const hash = randomBytes(16).toString('hex');
		const review = {
			...reviewBy(teacher, leaStage),
			_rev: `1-${hash}`,
			_revisions: { start: 1, ids: [hash] }
		};
		const asReplicated = (doc: Doc): Doc => {
			const id = randomBytes(16).toString('hex');
			return { ...doc, _rev: `1-${id}`, _revisions: { start: 1, ids: [id] } };
		};
		const signature = asReplicated(await signatureOf(teacher, review));
		const response = await teacher.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [signature, review], new_edits: false })
		});
		expect(response.status).toBe(201);
		expect(await response.json()).toEqual([]);
		expect((await stored(teacher, lea.journal, review._id))._rev).toBe(`1-${hash}`);
		expect((await stored(teacher, lea.journal, signature._id)).digest).toBe(signature.digest);
		// Without the review in the push (nor on the server), the same kind of signature is refused.
		const orphan = asReplicated(
			await signatureOf(teacher, { ...review, _id: reviewId('2026-06-18', rand()) })
		);
		const refused = await teacher.fetch(`/couch/${lea.journal}/_bulk_docs`, {
			method: 'POST',
			...json({ docs: [orphan], new_edits: false })
		});
		expect(((await refused.json()) as { error?: string }[])[0]?.error).toBe('forbidden');
	});

	it('a signature copied into another journal is refused there', async () => {
		const copy = await signatureOf(teacher, review);
		const response = await put(teacher, hugo.journal, copy);
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/introuvable/);
	});

	it('a signature of an older revision stays valid proof of what was signed', async () => {
		const edited = { ...review, notes: 'Complété après la réunion.' };
		expect((await put(lea, lea.journal, edited)).status).toBe(201);
		const newer = await stored(lea, lea.journal, review._id);
		const current = await signedContentDigest(newer);
		expect(current).not.toBe(signed.digest);
		// The teacher countersigns the new content.
		const byTeacher = await signatureOf(teacher, newer);
		expect((await put(teacher, lea.journal, byTeacher)).status).toBe(201);
	});
});

describe('signing an attestation', () => {
	it('the tutor signs the student’s attestation; the student cannot sign it', async () => {
		const stageKey = leaStage.slice('stage:'.length);
		const now = new Date().toISOString();
		const attestation = {
			_id: `attestation:${stageKey}:${rand()}`,
			type: 'attestation',
			schemaVersion: 1,
			stageId: leaStage,
			organisation: { name: 'Mairie de Villeurbanne — DSI' },
			intern: { lastName: 'Martin', firstName: 'Léa' },
			training: 'BTS Services informatiques aux organisations, option A',
			school: '',
			startDate: stageKey.slice(0, 10),
			endDate: stageKey.slice(0, 10),
			absences: [],
			activityIds: ['1.2'],
			contentNotes: '',
			gratification: '',
			createdAt: now,
			updatedAt: now
		};
		expect((await put(lea, lea.journal, attestation)).status).toBe(201);
		const current = await stored(lea, lea.journal, attestation._id);
		const byStudent = await signatureOf(lea, current, { signerRole: 'tutor' });
		expect((await put(lea, lea.journal, byStudent)).status).toBe(403);
		const byTutor = await signatureOf(tutor, current);
		expect(byTutor.targetType).toBe('attestation');
		expect((await put(tutor, lea.journal, byTutor)).status).toBe(201);
		const stale = await signatureOf(tutor, { ...current, gratification: 'Ajoutée après.' });
		expect((await put(tutor, lea.journal, stale)).status).toBe(403);
	});
});

describe('the stage of the link', () => {
	it('a tutor invited for another stage cannot sign this stage’s review', async () => {
		const now = new Date().toISOString();
		const otherStage = `stage:2027-01-04:${rand()}`;
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
		expect((await put(lea, lea.journal, stage)).status).toBe(201);
		const otherTutor = await openLink(app.url, tokenOf(await invite(lea, otherStage)));
		const review = await writeReview(lea, reviewBy(lea, leaStage));
		const response = await put(otherTutor, lea.journal, await signatureOf(otherTutor, review));
		expect(response.status).toBe(403);
		expect(await reason(response)).toMatch(/uniquement le stage/);
		// Claiming their own stage does not help: the review is not of that stage.
		const claimed = await signatureOf(otherTutor, review, { stageId: otherStage });
		expect((await put(otherTutor, lea.journal, claimed)).status).toBe(403);
	});
});
