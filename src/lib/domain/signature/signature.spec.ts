import { describe, expect, it } from 'vitest';
import { REVIEW_ID, STAGE_ID, validDocs } from '../schemas/fixtures.ts';
import { reviewSchema, signatureSchema } from '../schemas/index.ts';
import { signatureState, needsSignature } from './signature-state.ts';
import { signedContent, signedContentDigest } from './signed-content.ts';
import { verifySignature } from './verify-signature.ts';

const review = reviewSchema.parse(validDocs.review);
const signature = signatureSchema.parse(validDocs.signature);
const messageOf = (doc: unknown) => signatureSchema.safeParse(doc).error?.issues[0]?.message;

describe('signatureSchema', () => {
	it('binds the id to the target and the date, and the cover to the target', () => {
		expect(messageOf({ ...validDocs.signature, signedAt: '2026-06-18T15:00:00.000Z' })).toBe(
			'L’identifiant de la signature ne correspond pas à son document ou à sa date.'
		);
		expect(messageOf({ ...validDocs.signature, covers: [{ id: STAGE_ID, rev: '1-a' }] })).toBe(
			'La signature doit porter sur le document qu’elle nomme.'
		);
		expect(messageOf({ ...validDocs.signature, targetType: 'attestation' })).toBe(
			'Le type du document signé ne correspond pas à son identifiant.'
		);
	});

	it('needs a drawn signature, exactly one cover and a signable target', () => {
		const { signature: _none, ...unsigned } = validDocs.signature;
		expect(messageOf(unsigned)).toBe('La signature est obligatoire.');
		expect(messageOf({ ...validDocs.signature, covers: [] })).toBe(
			'Une signature porte sur exactement un document.'
		);
		const weekTarget = 'week:2026-06-01:abcdefghij';
		expect(
			signatureSchema.safeParse({
				...validDocs.signature,
				_id: `signature:${weekTarget}:2026-06-17T15:00:00.000Z:hijklmnopq`,
				targetId: weekTarget
			}).success
		).toBe(false);
	});
});

describe('signedContentDigest', () => {
	it('ignores revisions and updatedAt, and changes with any field of content', async () => {
		const digest = await signedContentDigest(review);
		expect(digest).toMatch(/^[0-9a-f]{64}$/);
		expect(signedContent(review)).not.toHaveProperty('_rev');
		expect(
			await signedContentDigest({ ...review, _rev: '9-z', updatedAt: '2027-01-01T00:00:00.000Z' })
		).toBe(digest);
		for (const changed of [
			{ ...review, notes: 'Autre chose.' },
			{ ...review, objectives: [...review.objectives, 'Nouveau'] },
			{ ...review, competenceIds: ['C1.2'] },
			{ ...review, participants: { ...review.participants, tutor: 'Autre' } },
			{ ...review, scheduledDate: '2026-06-18' }
		]) {
			expect(await signedContentDigest(changed)).not.toBe(digest);
		}
	});
});

describe('verifySignature', () => {
	const claim = async (target = review) => ({
		targetType: 'review',
		targetId: REVIEW_ID,
		stageId: STAGE_ID,
		digest: await signedContentDigest(target)
	});

	it('accepts the digest of the stored revision', async () => {
		expect(await verifySignature(await claim(), review)).toEqual({ ok: true });
	});

	it('refuses a missing, deleted, other, planned or changed target', async () => {
		const refused = async (target: Parameters<typeof verifySignature>[1], sig?: object) =>
			(await verifySignature({ ...(await claim()), ...sig }, target)).ok;
		expect(await refused(null)).toBe(false);
		expect(await refused({ ...review, deleted: true })).toBe(false);
		expect(await refused({ ...review, _id: 'review:2026-06-17:zzzzzzzzzz' })).toBe(false);
		expect(await refused(review, { stageId: 'stage:2026-06-01:zzzzzzzzzz' })).toBe(false);
		const planned = { ...review, status: 'planned' as const };
		expect(await refused(planned, { digest: await signedContentDigest(planned) })).toBe(false);
		expect(await refused({ ...review, notes: 'Modifié' })).toBe(false);
	});
});

describe('signatureState', () => {
	it('keeps the latest signature per signer and flags a change after it', () => {
		const older = { ...signature, signedAt: '2026-06-17T10:00:00.000Z', digest: 'a'.repeat(64) };
		const newer = { ...signature, digest: 'b'.repeat(64) };
		const teacher = { ...signature, signerRole: 'teacher' as const, digest: 'a'.repeat(64) };
		const state = signatureState([newer, older, teacher], 'b'.repeat(64));
		expect(state.tutor).toEqual({ signature: newer, modifiedAfter: false });
		expect(state.teacher).toEqual({ signature: teacher, modifiedAfter: true });
		expect(needsSignature(state, 'tutor')).toBe(false);
		expect(needsSignature(state, 'teacher')).toBe(true);
		expect(needsSignature(signatureState([], 'b'.repeat(64)), 'tutor')).toBe(true);
	});
});
