import { describe, expect, it } from 'vitest';
import { latestVisa, weekVisaState, type VisaStateVisa } from './week-visa-state.ts';

const D1 = '1'.repeat(64);
const D2 = '2'.repeat(64);
const submitted = { status: 'submitted' as const, submittedAt: '2026-05-22T16:00:00.000Z' };
const draft = { status: 'draft' as const };

let n = 0;
const visa = (
	signerRole: VisaStateVisa['signerRole'],
	decision: VisaStateVisa['decision'],
	digest: string,
	signedAt: string
): VisaStateVisa => ({ _id: `visa:${signedAt}:${n++}`, signerRole, decision, digest, signedAt });

const t = (day: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('weekVisaState without visas', () => {
	it('is missing with nothing written, draft with entries or a draft report', () => {
		expect(weekVisaState({ week: null, visas: [], currentDigest: D1 })).toMatchObject({
			state: 'missing',
			label: 'Rien d’écrit',
			currentVisa: null
		});
		expect(weekVisaState({ week: null, visas: [], currentDigest: D1, entryCount: 2 }).state).toBe(
			'draft'
		);
		expect(weekVisaState({ week: draft, visas: [], currentDigest: D1 }).label).toBe('Brouillon');
	});

	it('is submitted since the submission instant', () => {
		expect(weekVisaState({ week: submitted, visas: [], currentDigest: D1 })).toMatchObject({
			state: 'submitted',
			since: submitted.submittedAt
		});
	});
});

describe('weekVisaState with visas', () => {
	it('is signed when the newest tutor visa signed the current content', () => {
		const signed = visa('tutor', 'signed', D1, t(23));
		const result = weekVisaState({ week: submitted, visas: [signed], currentDigest: D1 });
		expect(result).toMatchObject({ state: 'signed', label: 'Visée par le tuteur', since: t(23) });
		expect(result.currentVisa).toBe(signed);
	});

	it('is modified after visa when the content changed since the signature', () => {
		const signed = visa('tutor', 'signed', D1, t(23));
		const result = weekVisaState({ week: submitted, visas: [signed], currentDigest: D2 });
		expect(result).toMatchObject({ state: 'modified-after-visa', label: 'Modifié après visa' });
		expect(result.currentVisa).toBe(signed);
	});

	it('is signed again once a new tutor visa covers the new content', () => {
		const visas = [visa('tutor', 'signed', D2, t(25)), visa('tutor', 'signed', D1, t(23))];
		expect(weekVisaState({ week: submitted, visas, currentDigest: D2 }).state).toBe('signed');
	});

	it('is countersigned when a teacher signed the same content as the tutor', () => {
		const visas = [visa('tutor', 'signed', D1, t(23)), visa('teacher', 'signed', D1, t(24))];
		const result = weekVisaState({ week: submitted, visas, currentDigest: D1 });
		expect(result.state).toBe('countersigned');
		expect(result.currentVisa?.signerRole).toBe('teacher');
		expect(result.tutorVisa?.signedAt).toBe(t(23));
	});

	it('is only signed when the countersignature is on older content', () => {
		const visas = [
			visa('tutor', 'signed', D1, t(23)),
			visa('teacher', 'signed', D1, t(24)),
			visa('tutor', 'signed', D2, t(26))
		];
		expect(weekVisaState({ week: submitted, visas, currentDigest: D2 }).state).toBe('signed');
	});

	it('asks for changes while the content is the one the tutor saw', () => {
		const request = visa('tutor', 'changes_requested', D1, t(23));
		const result = weekVisaState({ week: submitted, visas: [request], currentDigest: D1 });
		expect(result).toMatchObject({ state: 'changes-requested', since: t(23) });
		expect(result.currentVisa).toBe(request);
	});

	it('goes back to the report status once the student changed the content', () => {
		const visas = [visa('tutor', 'changes_requested', D1, t(23))];
		expect(weekVisaState({ week: submitted, visas, currentDigest: D2 }).state).toBe('submitted');
		expect(weekVisaState({ week: draft, visas, currentDigest: D2 }).state).toBe('draft');
	});

	it('lets the newest tutor decision win over an older signature', () => {
		const visas = [
			visa('tutor', 'signed', D1, t(23)),
			visa('tutor', 'changes_requested', D1, t(24))
		];
		expect(weekVisaState({ week: submitted, visas, currentDigest: D1 }).state).toBe(
			'changes-requested'
		);
	});

	it('reopens a signed week when the teacher asks for changes afterwards', () => {
		const visas = [
			visa('tutor', 'signed', D1, t(23)),
			visa('teacher', 'changes_requested', D1, t(24))
		];
		expect(weekVisaState({ week: submitted, visas, currentDigest: D1 }).state).toBe(
			'changes-requested'
		);
	});

	it('does not count a teacher signature alone as the tutor visa', () => {
		const visas = [visa('teacher', 'signed', D1, t(23))];
		const result = weekVisaState({ week: submitted, visas, currentDigest: D1 });
		expect(result.state).toBe('submitted');
		expect(result.teacherVisa).toBe(visas[0]);
	});
});

describe('latestVisa', () => {
	it('takes the newest signedAt of the role, then the greatest id', () => {
		const a = { ...visa('tutor', 'signed', D1, t(23)), _id: 'visa:a' };
		const b = { ...visa('tutor', 'signed', D1, t(23)), _id: 'visa:b' };
		const old = visa('tutor', 'signed', D1, t(20));
		expect(latestVisa([a, old, b], 'tutor')).toBe(b);
		expect(latestVisa([a, b], 'teacher')).toBeNull();
	});
});
