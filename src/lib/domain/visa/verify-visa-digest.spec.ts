import { describe, expect, it } from 'vitest';
import { weekDigest } from '../digest/week-digest.ts';
import { verifyVisaDigest, type CoveredDoc, type VisaToVerify } from './verify-visa-digest.ts';

const STAGE = 'stage:2026-05-18:ssssssssss';
const WEEK = 'week:2026-05-18:ssssssssss';
const week = {
	_id: WEEK,
	_rev: '3-w',
	type: 'week' as const,
	stageId: STAGE,
	monday: '2026-05-18',
	summary: 'Semaine réseau.',
	difficulties: '',
	learned: ''
};
const entry = (rand: string, date: string, extra = {}) => ({
	_id: `entry:${date}:${rand}`,
	_rev: '2-e',
	type: 'entry' as const,
	stageId: STAGE,
	date,
	text: `Texte ${rand}`,
	minutes: 120,
	activityIds: ['1.2'],
	tools: [],
	difficulties: '',
	learned: '',
	...extra
});
const tuesday = entry('aaaaaaaaaa', '2026-05-19');
const friday = entry('bbbbbbbbbb', '2026-05-22');
const photo = {
	_id: 'photo:2026-05-19:pppppppppp',
	_rev: '1-p',
	type: 'photo' as const,
	entryId: tuesday._id,
	caption: 'Baie',
	sha256: 'c'.repeat(64)
};
const signedDocs: CoveredDoc[] = [week, tuesday, friday, photo];
const digest = await weekDigest({ week, entries: [tuesday, friday], photos: [photo] });
const covers = signedDocs.map((d) => ({ id: d._id, rev: d._rev ?? '' }));
const visa: VisaToVerify = { weekId: WEEK, stageId: STAGE, digest, covers };

describe('verifyVisaDigest', () => {
	it('accepts a visa whose digest is that of the revisions it covers', async () => {
		expect(await verifyVisaDigest({ visa, coveredDocs: signedDocs })).toEqual({ ok: true });
	});

	it('accepts it when newer revisions of covered documents are also given', async () => {
		const newer = { ...tuesday, _rev: '3-e', text: 'Modifié après' };
		expect(await verifyVisaDigest({ visa, coveredDocs: [...signedDocs, newer] })).toEqual({
			ok: true
		});
	});

	it('refuses a digest that is not the covered content', async () => {
		const result = await verifyVisaDigest({
			visa: { ...visa, digest: 'f'.repeat(64) },
			coveredDocs: signedDocs
		});
		expect(result).toMatchObject({ ok: false, reason: 'digest-mismatch' });
		if (!result.ok) expect(result.message).toMatch(/empreinte/i);
	});

	it('refuses a digest computed on other revisions', async () => {
		const edited = { ...friday, _rev: '3-e', text: 'Autre' };
		const otherCovers = covers.map((c) => (c.id === friday._id ? { id: c.id, rev: '3-e' } : c));
		const result = await verifyVisaDigest({
			visa: { ...visa, covers: otherCovers },
			coveredDocs: [week, tuesday, edited, photo]
		});
		expect(result).toMatchObject({ ok: false, reason: 'digest-mismatch' });
	});

	it('refuses a visa that leaves out a live entry or photo of the week', async () => {
		const wednesday = entry('cccccccccc', '2026-05-20');
		const result = await verifyVisaDigest({ visa, coveredDocs: [...signedDocs, wednesday] });
		expect(result).toMatchObject({ ok: false, reason: 'missing-cover', ids: [wednesday._id] });
		const extraPhoto = { ...photo, _id: 'photo:2026-05-22:qqqqqqqqqq', entryId: friday._id };
		expect(
			await verifyVisaDigest({ visa, coveredDocs: [...signedDocs, extraPhoto] })
		).toMatchObject({
			reason: 'missing-cover',
			ids: [extraPhoto._id]
		});
	});

	it('ignores deleted documents and those of other weeks or stages when looking for omissions', async () => {
		const others = [
			entry('dddddddddd', '2026-05-20', { deleted: true }),
			entry('eeeeeeeeee', '2026-05-25'),
			entry('ffffffffff', '2026-05-20', { stageId: 'stage:2026-05-18:tttttttttt' }),
			{ ...photo, _id: 'photo:2026-05-19:rrrrrrrrrr', deleted: true }
		];
		expect(await verifyVisaDigest({ visa, coveredDocs: [...signedDocs, ...others] })).toEqual({
			ok: true
		});
	});

	it('refuses a visa without the week report', async () => {
		const entriesOnly = covers.filter((c) => c.id !== WEEK);
		const result = await verifyVisaDigest({
			visa: { ...visa, covers: entriesOnly },
			coveredDocs: signedDocs
		});
		expect(result).toMatchObject({ ok: false, reason: 'missing-cover', ids: [WEEK] });
	});

	it('refuses covers outside the week', async () => {
		const nextWeek = entry('eeeeeeeeee', '2026-05-25');
		const result = await verifyVisaDigest({
			visa: { ...visa, covers: [...covers, { id: nextWeek._id, rev: nextWeek._rev }] },
			coveredDocs: [...signedDocs, nextWeek]
		});
		expect(result).toMatchObject({ ok: false, reason: 'wrong-week', ids: [nextWeek._id] });
		const profile = { _id: 'profile', _rev: '1-x', type: 'profile' as const };
		expect(
			await verifyVisaDigest({
				visa: { ...visa, covers: [...covers, { id: 'profile', rev: '1-x' }] },
				coveredDocs: [...signedDocs, profile]
			})
		).toMatchObject({ reason: 'wrong-week', ids: ['profile'] });
	});

	it('refuses a week id of another stage', async () => {
		const result = await verifyVisaDigest({
			visa: { ...visa, stageId: 'stage:2026-05-18:tttttttttt' },
			coveredDocs: signedDocs
		});
		expect(result).toMatchObject({ ok: false, reason: 'wrong-week' });
	});

	it('refuses covers it cannot check and documents named twice', async () => {
		const unknown = await verifyVisaDigest({
			visa: { ...visa, covers: [...covers.slice(1), { id: WEEK, rev: '9-z' }] },
			coveredDocs: signedDocs
		});
		expect(unknown).toMatchObject({ ok: false, reason: 'unknown-cover', ids: [WEEK] });
		const twice = await verifyVisaDigest({
			visa: { ...visa, covers: [...covers, { id: friday._id, rev: '1-e' }] },
			coveredDocs: signedDocs
		});
		expect(twice).toMatchObject({ ok: false, reason: 'duplicate-cover', ids: [friday._id] });
	});
});
