/**
 * The attestation de stage through the real gateway: only the student writes it, in their own
 * journal, and only a valid one (French reason otherwise); the tutor of the stage reads it and
 * signs the exact stored revision with a `signature`, never edits it; an edit afterwards leaves
 * the signature as proof of the older revision, which the PDF then reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAttestation } from '../../src/lib/domain/attestation/new-attestation.ts';
import { signatureId } from '../../src/lib/domain/signature/signature-id.ts';
import { signedContentDigest } from '../../src/lib/domain/signature/signed-content.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type UserClient } from './support/gateway-client.ts';
import { PNG, reason, stored, type Doc } from './support/signed-docs.ts';
import { firstStageId, invite, openLink, tokenOf } from './support/tutor-client.ts';

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let teacher: UserClient;
let tutor: UserClient;
let stage: Doc;

beforeAll(async () => {
	app = await startApp();
	[lea, hugo, teacher] = (await Promise.all(
		['lea.martin', 'hugo.bernard', 'prof.demo'].map((name) => login(app.url, name))
	)) as [UserClient, UserClient, UserClient];
	const stageId = await firstStageId(lea);
	stage = await stored(lea, lea.journal, stageId);
	tutor = await openLink(app.url, tokenOf(await invite(lea, stageId)));
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

function attestation(): Doc {
	return newAttestation({
		stage: stage as never,
		profile: { firstName: 'Léa', lastName: 'Martin', option: 'SISR' },
		entries: [],
		now: new Date().toISOString()
	}) as unknown as Doc;
}

async function signatureOf(signer: UserClient, target: Doc, extra: Partial<Doc> = {}) {
	const signedAt = new Date().toISOString();
	return {
		_id: signatureId(target._id, signedAt),
		type: 'signature',
		schemaVersion: 1,
		targetType: 'attestation',
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

describe('attestation de stage', () => {
	let saved: Doc;

	it('is written by the student in their journal, never by the tutor, a teacher or another student', async () => {
		const doc = {
			...attestation(),
			intern: { lastName: 'Martin', firstName: 'Léa', birthDate: '2006-04-12' }
		};
		expect((await put(tutor, lea.journal, doc)).status).toBe(403);
		expect((await put(teacher, lea.journal, doc)).status).toBe(403);
		expect((await put(hugo, lea.journal, doc)).status).toBe(403);
		const response = await put(lea, lea.journal, doc);
		expect(response.status, await response.clone().text()).toBe(201);
		saved = await stored(lea, lea.journal, doc._id);
		expect((saved.intern as { birthDate: string }).birthDate).toBe('2006-04-12');
	});

	it('refuses an invalid one with a French reason', async () => {
		const outside = { ...attestation(), absences: [{ date: '2001-01-01', hours: 7 }] };
		const response = await put(lea, lea.journal, outside);
		expect(response.status).toBe(400);
		expect(await reason(response)).toContain('Absences : une date est en dehors du stage.');
		const otherStage = { ...attestation(), stageId: 'stage:2026-06-01:zzzzzzzzzz' };
		expect(await reason(await put(lea, lea.journal, otherStage))).toContain(
			'L’identifiant de l’attestation ne correspond pas à son stage.'
		);
	});

	it('is read and signed by the tutor of the stage, not edited', async () => {
		const seen = await stored(tutor, lea.journal, saved._id);
		expect(seen._rev).toBe(saved._rev);
		const edited = await put(tutor, lea.journal, { ...seen, gratification: '1 000 €' });
		expect(edited.status).toBe(403);
		const signature = await signatureOf(tutor, saved);
		const response = await put(tutor, lea.journal, signature);
		expect(response.status, await response.clone().text()).toBe(201);
		// A student cannot sign their own attestation.
		const forged = await signatureOf(lea, saved, { signerRole: 'tutor' });
		expect((await put(lea, lea.journal, forged)).status).toBe(403);
	});

	it('refuses a signature whose digest is not that of the stored revision', async () => {
		const wrong = await signatureOf(tutor, { ...saved, gratification: 'Autre texte' });
		const response = await put(tutor, lea.journal, wrong);
		expect(response.status).toBe(403);
		expect(await reason(response)).toContain('empreinte');
	});

	it('stays editable by the student after signing: the signature still names the older revision', async () => {
		const next = { ...saved, gratification: '4,35 € de l’heure' };
		const response = await put(lea, lea.journal, next);
		expect(response.status).toBe(201);
		const current = await stored(lea, lea.journal, saved._id);
		expect(await signedContentDigest(current)).not.toBe(await signedContentDigest(saved));
	});
});
