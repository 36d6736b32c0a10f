import '$lib/data/test-setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db';
import { getReview } from '$lib/data/review.repository';
import { listSignatures } from '$lib/data/signature.repository';
import { saveStage } from '$lib/data/stage.repository';
import { signatureState, signedContentDigest, verifySignature } from '$lib/domain/signature';
import { scheduleReview } from '$lib/features/review/schedule-review';
import { listWaitingSignatures } from './waiting-signatures';
import { signDocument } from './sign-document';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId));

async function heldReview() {
	const stage = await saveStage(db, {
		organisation: { name: 'Mairie de Lyon' },
		tutor: { name: 'Karim Benali' },
		startDate: '2026-05-18',
		endDate: '2026-06-19',
		trainingYear: 1
	});
	const review = await scheduleReview(
		db,
		{ id: userId, role: 'student', name: 'Léa Martin' },
		stage._id,
		{
			scheduledDate: '2026-06-03',
			scheduledTime: '',
			participants: { student: 'Léa Martin', tutor: 'Karim Benali', teacher: '' }
		}
	);
	expect(review.status).toBe('planned');
	expect(review).not.toHaveProperty('scheduledTime');
	const held = await db.put({ ...review, status: 'held', objectives: ['Documenter'] });
	return { stage, review: (await getReview(db, review._id))!, rev: held.rev };
}

const signer = {
	signerId: 'tutor1',
	signerRole: 'tutor',
	signerName: ' Karim Benali ',
	signature: PNG,
	comment: ''
} as const;

describe('signDocument', () => {
	it('signs the revision stored here with its digest, as the gateway will verify it', async () => {
		const { review, rev } = await heldReview();
		const signature = await signDocument(db, review._id, signer);
		expect(signature.covers).toEqual([{ id: review._id, rev }]);
		expect(signature.signerName).toBe('Karim Benali');
		expect(signature.stageId).toBe(review.stageId);
		expect(await verifySignature(signature, review)).toEqual({ ok: true });
		expect(await listSignatures(db, review._id)).toHaveLength(1);
	});

	it('refuses a document that is not here, or not signable', async () => {
		await expect(signDocument(db, 'review:2026-06-03:abcdefghij', signer)).rejects.toThrow(
			/pas encore arrivé/
		);
		const { stage } = await heldReview();
		await expect(signDocument(db, stage._id, signer)).rejects.toThrow(/pas encore arrivé/);
	});
});

describe('listWaitingSignatures', () => {
	it('lists held reviews to sign, then modified after signature, then signed', async () => {
		const { review } = await heldReview();
		const list = () => listWaitingSignatures(db, 'journal_x', 'Léa Martin', 'tutor');
		expect((await list()).map((i) => i.state)).toEqual(['to-sign']);
		expect((await list())[0]?.title).toBe('Léa Martin · bilan du 3 juin 2026');
		await signDocument(db, review._id, signer);
		expect((await list()).map((i) => i.state)).toEqual(['signed']);
		await db.put({ ...(await getReview(db, review._id))!, notes: 'Ajout' });
		expect((await list()).map((i) => i.state)).toEqual(['modified']);
		const current = (await getReview(db, review._id))!;
		const state = signatureState(await listSignatures(db), await signedContentDigest(current));
		expect(state.tutor?.modifiedAfter).toBe(true);
		expect(
			await listWaitingSignatures(db, 'j', 'L', 'tutor', 'stage:2026-01-05:zzzzzzzzzz')
		).toEqual([]);
	});
});
