import { describe, expect, it } from 'vitest';
import { weekDigest } from '../digest/week-digest.ts';
import { activityById } from '../referentiel/referentiel.ts';
import { validDocs } from '../schemas/fixtures.ts';
import type { Entry, Photo, Visa, Week } from '../schemas/index.ts';
import { verificationCode } from '../visa/verification-code.ts';
import { buildJournalPdfModel } from './journal-pdf-model.ts';
import { buildWeekPdfModel } from './week-pdf-model.ts';

const stage = { ...validDocs.stage, organisation: { name: 'Mairie de Lyon' } };
const profile = { ...validDocs.profile, firstName: 'Léa', lastName: 'Français' };
const entry = (id: string, patch: Partial<Entry> = {}): Entry => ({
	...(validDocs.entry as unknown as Entry),
	_id: `entry:2026-06-02:${id}`,
	...patch
});
const photo = (id: string, entryId: string, patch: Partial<Photo> = {}): Photo => ({
	...(validDocs.photo as unknown as Photo),
	_id: `photo:2026-06-02:${id}`,
	entryId,
	caption: `Légende ${id}`,
	...patch
});

const shown = entry('aaaaaaaaaa', { text: 'Installé un contrôleur de domaine', minutes: 150 });
const secret = entry('bbbbbbbbbb', { text: 'Mot de passe du coffre', confidential: true });
const entries = [shown, secret];
const photos = [
	photo('cccccccccc', shown._id),
	photo('dddddddddd', shown._id, { confidential: true }),
	photo('eeeeeeeeee', secret._id)
];
const draft: Week = {
	...(validDocs.week as unknown as Week),
	status: 'draft',
	submittedAt: undefined,
	submittedDigest: undefined
};

async function submitted(): Promise<Week> {
	const digest = await weekDigest({ week: draft, entries, photos });
	return {
		...draft,
		status: 'submitted',
		submittedAt: '2026-06-05T16:00:00.000Z',
		submittedDigest: digest
	};
}

function visa(digest: string, patch: Partial<Visa> = {}): Visa {
	return { ...(validDocs.visa as unknown as Visa), digest, ...patch };
}

describe('buildWeekPdfModel', () => {
	it('leaves confidential entries and photos out, and those of confidential entries', async () => {
		const model = await buildWeekPdfModel({
			profile,
			stage,
			week: draft,
			entries,
			photos,
			visas: []
		});
		const printed = model.week.days.flatMap((d) => d.entries);
		expect(printed.map((e) => e.text)).toEqual(['Installé un contrôleur de domaine']);
		expect(printed[0]?.photos.map((p) => p.caption)).toEqual(['Légende cccccccccc']);
		expect(JSON.stringify(model)).not.toContain('coffre');
		expect(model.week.time).toBe('2 h 30 sur 35 h');
	});

	it('labels activities from the référentiel and lists the days of the week', async () => {
		const model = await buildWeekPdfModel({
			profile,
			stage,
			week: draft,
			entries,
			photos,
			visas: []
		});
		const [activity] = model.week.days[1]?.entries[0]?.activities ?? [];
		expect(activity).toEqual({ id: '1.2', label: activityById('1.2')?.label });
		expect(activity?.label).not.toBe('');
		expect(model.week.days.map((d) => d.label)).toEqual([
			'Lundi 1 juin 2026',
			'Mardi 2 juin 2026',
			'Mercredi 3 juin 2026',
			'Jeudi 4 juin 2026',
			'Vendredi 5 juin 2026'
		]);
		expect(model.week.title).toBe('Semaine 1');
		expect(model.student).toMatchObject({ name: 'Léa Français', trainingYear: '2e année' });
		expect(model.student.option).toMatch(/^SISR — Solutions d’infrastructure/);
	});

	it('shows draft, sent, and modified after sending (the digest covers confidential entries)', async () => {
		const week = await submitted();
		const base = { profile, stage, entries, photos, visas: [] };
		expect((await buildWeekPdfModel({ ...base, week: draft })).week.statusLabel).toBe(
			'Brouillon (non envoyée)'
		);
		expect((await buildWeekPdfModel({ ...base, week })).week.statusLabel).toBe(
			'Envoyée le 5 juin 2026'
		);
		const edited = [shown, { ...secret, text: 'Autre secret' }];
		const model = await buildWeekPdfModel({ ...base, week, entries: edited });
		expect(model.week.status).toBe('modified-after-submit');
		expect(model.week.statusLabel).toBe('Modifiée après envoi');
	});

	it('prints visas in order with signer, decision, signature and a code from the signed digest', async () => {
		const week = await submitted();
		const digest = week.submittedDigest ?? '';
		const signed = visa(digest);
		const older = visa('f'.repeat(64), {
			_id: `${signed._id.slice(0, 33)}2026-06-04T10:00:00.000Z:abcdefghij`,
			signedAt: '2026-06-04T10:00:00.000Z',
			decision: 'changes_requested',
			comment: 'Précisez l’adresse IP.',
			signerRole: 'teacher',
			signerName: 'Mme Çelik'
		});
		const other = visa(digest, { weekId: 'week:2026-06-08:abcdefghij' });
		const model = await buildWeekPdfModel({
			profile,
			stage,
			week,
			entries,
			photos,
			visas: [signed, other, older]
		});
		const [first, second] = model.week.visas;
		expect(model.week.visas).toHaveLength(2);
		expect(first).toMatchObject({
			signerName: 'Mme Çelik',
			roleLabel: 'Professeur·e',
			decisionLabel: 'Modifications demandées',
			comment: 'Précisez l’adresse IP.',
			verificationCode: verificationCode('f'.repeat(64)),
			current: false
		});
		expect(first?.signature).toBeUndefined();
		expect(second).toMatchObject({
			signerName: 'Karim Benali',
			roleLabel: 'Tuteur·rice',
			decisionLabel: 'Visa signé',
			dateLabel: '5 juin 2026 à 19 h 00',
			signature: validDocs.visa.signature,
			verificationCode: verificationCode(digest),
			current: true
		});
	});
});

describe('buildJournalPdfModel', () => {
	it('lists every week of the stage, empty ones as drafts, with totals of what is printed', async () => {
		const model = await buildJournalPdfModel({
			profile,
			stage,
			weeks: [await submitted()],
			entries,
			photos,
			visas: [],
			now: new Date('2026-07-10T10:00:00Z')
		});
		expect(model.weeks.map((w) => w.title)).toEqual([
			'Semaine 1',
			'Semaine 2',
			'Semaine 3',
			'Semaine 4',
			'Semaine 5'
		]);
		expect(model.weeks.map((w) => w.status)).toEqual([
			'submitted',
			'draft',
			'draft',
			'draft',
			'draft'
		]);
		expect(model.stage).toMatchObject({
			organisation: 'Mairie de Lyon',
			tutor: 'Karim Benali',
			period: 'du lundi 1 juin 2026 au vendredi 3 juillet 2026',
			duration: '5 semaines'
		});
		expect(model.totals).toBe('1 entrée · 1 photo · 2 h 30 déclarées');
		expect(model.footer).toBe('Document généré le 10 juillet 2026 par Carnet de stage');
	});
});
