import { describe, expect, it } from 'vitest';
import { attestationSchema } from '../schemas/attestation.schema.ts';
import { durationLabel, effectiveDuration, formatHours } from './duration.ts';
import {
	attestationId,
	newAttestation,
	practisedActivityIds,
	trainingLabel
} from './new-attestation.ts';

const STAGE = 'stage:2027-01-04:abcdefghij';

describe('effectiveDuration (7 h of presence = 1 day, 22 days = 1 month)', () => {
	it('counts the weekdays of the stage at its hours per day', () => {
		// Monday 4 January to Friday 12 February 2027: 6 weeks, no public holiday.
		const d = effectiveDuration({
			startDate: '2027-01-04',
			endDate: '2027-02-12',
			hoursPerDay: 7,
			absences: []
		});
		expect(d).toMatchObject({
			workingDays: 30,
			presenceHours: 210,
			days: 30,
			months: 1,
			extraDays: 8
		});
		expect(durationLabel(d)).toBe('30 jours (1 mois et 8 jours), soit 210 h de présence');
	});

	it('counts 7 hours as a day whatever the daily schedule', () => {
		// 5 days of 8 h = 40 h = 5 whole days of 7 h (5 h left over); of 6 h = 30 h = 4 days.
		const week = { startDate: '2027-01-04', endDate: '2027-01-08', absences: [] };
		expect(effectiveDuration({ ...week, hoursPerDay: 8 }).days).toBe(5);
		expect(effectiveDuration({ ...week, hoursPerDay: 6 }).days).toBe(4);
		expect(effectiveDuration({ ...week, hoursPerDay: 6 }).presenceHours).toBe(30);
		expect(effectiveDuration({ ...week, hoursPerDay: 7.5 }).presenceHours).toBe(37.5);
	});

	it('makes 22 days of presence one month, 44 two', () => {
		// 2 March – 30 April 2026: 44 weekdays, Easter Monday (6 April) is a public holiday.
		const d = effectiveDuration({
			startDate: '2026-03-02',
			endDate: '2026-04-30',
			hoursPerDay: 7,
			absences: []
		});
		expect(d.holidays).toEqual([{ date: '2026-04-06', name: 'Lundi de Pâques' }]);
		expect(d).toMatchObject({ workingDays: 43, days: 43, months: 1, extraDays: 21 });
		const longer = effectiveDuration({
			startDate: '2026-03-02',
			endDate: '2026-05-04',
			hoursPerDay: 7,
			absences: []
		});
		// + Friday 1 May (Fête du Travail, not worked) and Monday 4 May.
		expect(longer).toMatchObject({ days: 44, months: 2, extraDays: 0 });
		expect(durationLabel(longer)).toBe('44 jours (2 mois), soit 308 h de présence');
	});

	it('leaves public holidays out (Ascension, Pentecôte, 14 juillet)', () => {
		// 18 May – 19 June 2026: 25 weekdays, less Pentecost Monday (25 May).
		const d = effectiveDuration({
			startDate: '2026-05-18',
			endDate: '2026-06-19',
			hoursPerDay: 7,
			absences: []
		});
		expect(d.holidays.map((h) => h.name)).toEqual(['Lundi de Pentecôte']);
		expect(d.workingDays).toBe(24);
		const july = effectiveDuration({
			startDate: '2026-07-13',
			endDate: '2026-07-17',
			hoursPerDay: 7,
			absences: []
		});
		expect(july.holidays.map((h) => h.name)).toEqual(['Fête nationale']);
		expect(july.days).toBe(4);
	});

	it('removes declared absences, at most a day each, never on a day off', () => {
		const d = effectiveDuration({
			startDate: '2027-01-04',
			endDate: '2027-01-08',
			hoursPerDay: 7,
			absences: [
				{ date: '2027-01-05', hours: 3.5 },
				{ date: '2027-01-06', hours: 10 },
				{ date: '2027-01-09', hours: 7 } // Saturday
			]
		});
		expect(d).toMatchObject({
			scheduledHours: 35,
			absentHours: 10.5,
			presenceHours: 24.5,
			days: 3
		});
		expect(durationLabel(d)).toBe('3 jours, soit 24 h 30 de présence');
	});

	it('handles a one-day stage and refuses an end before the start', () => {
		const d = effectiveDuration({
			startDate: '2027-01-04',
			endDate: '2027-01-04',
			hoursPerDay: 7,
			absences: []
		});
		expect(durationLabel(d)).toBe('1 jour, soit 7 h de présence');
		expect(() =>
			effectiveDuration({
				startDate: '2027-01-05',
				endDate: '2027-01-04',
				hoursPerDay: 7,
				absences: []
			})
		).toThrow('La date de fin précède la date de début.');
	});

	it('formats hours to the minute', () => {
		expect(formatHours(210)).toBe('210 h');
		expect(formatHours(17.5)).toBe('17 h 30');
		expect(formatHours(0.1 * 7)).toBe('0 h 42');
	});
});

describe('newAttestation', () => {
	const stage = {
		_id: STAGE,
		organisation: { name: 'Mairie de Besançon', address: '2 rue Mégevand, 25000 Besançon' },
		tutor: { name: 'Jérôme Lœuillet', role: 'Responsable d’exploitation' },
		startDate: '2027-01-04',
		endDate: '2027-02-12'
	};
	const profile = {
		firstName: 'Maëlle',
		lastName: 'Garçon-Lefèvre',
		option: 'SISR' as const,
		trainingCentre: 'Lycée Édouard-Belin'
	};
	const entries = [
		{ stageId: STAGE, activityIds: ['1.2.3', 'A2.1', 'Z9.9'] },
		{ stageId: STAGE, activityIds: ['1.1', '1.2'] },
		{ stageId: STAGE, activityIds: ['1.6'], deleted: true },
		{ stageId: 'stage:2026-05-25:zzzzzzzzzz', activityIds: ['1.5'] }
	];

	it('ties its id to the stage', () => {
		expect(attestationId(STAGE, 'klmnopqrst')).toBe('attestation:2027-01-04:abcdefghij:klmnopqrst');
		expect(() => attestationId('week:2027-01-04:abcdefghij')).toThrow(
			'Identifiant de stage invalide'
		);
	});

	it('lists the activities practised in this stage, each once, in référentiel order', () => {
		expect(practisedActivityIds(STAGE, entries)).toEqual(['1.1', '1.2', 'A2.1']);
	});

	it('is prefilled from the stage and the profile, valid, without birth date nor address', () => {
		const doc = newAttestation({
			stage,
			profile,
			entries,
			email: 'maelle@example.fr',
			now: '2027-02-12T16:00:00.000Z',
			rand: 'klmnopqrst'
		});
		expect(attestationSchema.parse(doc)).toEqual(doc);
		expect(doc.organisation).toEqual({
			name: 'Mairie de Besançon',
			address: '2 rue Mégevand, 25000 Besançon',
			representative: 'Jérôme Lœuillet',
			representativeRole: 'Responsable d’exploitation'
		});
		expect(doc.intern).toEqual({
			lastName: 'Garçon-Lefèvre',
			firstName: 'Maëlle',
			email: 'maelle@example.fr'
		});
		expect(doc.training).toBe(
			'BTS Services informatiques aux organisations, option A « Solutions d’infrastructure, systèmes et réseaux »'
		);
		expect(trainingLabel('SLAM')).toContain(
			'option B « Solutions logicielles et applications métiers »'
		);
		expect(doc.school).toBe('Lycée Édouard-Belin');
	});
});

describe('attestationSchema', () => {
	const valid = newAttestation({
		stage: {
			_id: STAGE,
			organisation: { name: 'Mairie' },
			tutor: { name: 'J. L.' },
			startDate: '2027-01-04',
			endDate: '2027-02-12'
		},
		profile: { firstName: 'Léa', lastName: 'Martin', option: 'SISR' },
		entries: [],
		now: '2027-02-12T16:00:00.000Z',
		rand: 'klmnopqrst'
	});
	const messageOf = (doc: unknown) => attestationSchema.safeParse(doc).error?.issues[0]?.message;

	it('refuses an id of another stage, absences outside the stage or twice, a bad birth date', () => {
		expect(messageOf({ ...valid, stageId: 'stage:2027-01-04:zzzzzzzzzz' })).toBe(
			'L’identifiant de l’attestation ne correspond pas à son stage.'
		);
		expect(messageOf({ ...valid, absences: [{ date: '2027-03-01', hours: 7 }] })).toBe(
			'Absences : une date est en dehors du stage.'
		);
		const day = { date: '2027-01-05', hours: 7 };
		expect(messageOf({ ...valid, absences: [day, day] })).toBe('Absences : une date en double.');
		expect(messageOf({ ...valid, intern: { ...valid.intern, birthDate: '12/03/2008' } })).toBe(
			'Date de naissance invalide (AAAA-MM-JJ).'
		);
		expect(messageOf({ ...valid, endDate: '2027-01-01' })).toBe(
			'La date de fin précède la date de début.'
		);
	});
});
