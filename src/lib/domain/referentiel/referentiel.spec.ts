import { describe, expect, it } from 'vitest';
import {
	activitiesForOption,
	activityById,
	bloc1Competences,
	blocsForOption,
	competenceById,
	competencesForActivities,
	referentiel,
	subActivityById
} from './referentiel.ts';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('referentiel', () => {
	it('exposes the data with its version, stage rules and exam labels', () => {
		expect(referentiel.version).toMatch(/^sio-/);
		expect(referentiel.stageRules.totalWeeks).toBe(10);
		expect(referentiel.exam.portfolioExam.number).toBe('E4');
		expect(referentiel.exam.diploma.title).toBe('BTS SERVICES INFORMATIQUES AUX ORGANISATIONS');
	});

	it('gives a SISR student the common activities and the SISR ones, in référentiel order', () => {
		expect(ids(activitiesForOption('SISR'))).toEqual(
			['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', 'A2.1', 'A2.2', 'A2.3'].concat([
				'3.1',
				'3.2',
				'3.3',
				'3.4',
				'A3.5'
			])
		);
		expect(ids(activitiesForOption('SLAM'))).toContain('B3.5');
		expect(ids(activitiesForOption('SLAM'))).not.toContain('A2.1');
	});

	it('groups them by bloc, with the option’s own bloc 2', () => {
		const slam = blocsForOption('SLAM');
		expect(slam.map((g) => g.bloc.id)).toEqual(['1', '2B', '3']);
		expect(slam[1]?.bloc.label).toBe('Conception et développement d’applications');
		expect(slam.map((g) => ids(g.activities))).toEqual([
			['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
			['B2.1', 'B2.2', 'B2.3'],
			['3.1', '3.2', '3.3', '3.4', 'B3.5']
		]);
	});

	it('finds activities, sub-activities and competences by id', () => {
		expect(activityById('1.2')?.label).toBe(
			'Réponse aux incidents et aux demandes d’assistance et d’évolution'
		);
		expect(activityById('1.2.1')).toBeUndefined();
		expect(activityById('C1.2')).toBeUndefined();
		const found = subActivityById('B2.3.1');
		expect(found?.activity.id).toBe('B2.3');
		expect(found?.subActivity.label).toBe(
			'Exploitation de données à l’aide d’un langage de requêtes'
		);
		expect(subActivityById('B2.3.9')).toBeUndefined();
		expect(competenceById('C1.6')?.label).toBe('Organiser son développement professionnel');
		expect(competenceById('1.6')).toBeUndefined();
	});

	it('lists the six bloc 1 competences with their sub-competences', () => {
		const bloc1 = bloc1Competences();
		expect(ids(bloc1)).toEqual(['C1.1', 'C1.2', 'C1.3', 'C1.4', 'C1.5', 'C1.6']);
		expect(bloc1[0]?.label).toBe('Gérer le patrimoine informatique');
		expect(ids(bloc1[5]?.subCompetences ?? [])).toEqual(['C1.6.1', 'C1.6.2', 'C1.6.3', 'C1.6.4']);
	});

	it('maps activity and sub-activity ids to competences, once each, in référentiel order', () => {
		expect(ids(competencesForActivities(['3.1', '1.4', '1.4.2', 'A2.2']))).toEqual([
			'C1.4',
			'CA2.2',
			'C3.1'
		]);
		expect(competencesForActivities(['9.9', 'unknown'])).toEqual([]);
		expect(competencesForActivities(new Set(['B3.5.5'])).map((c) => c.id)).toEqual(['CB3.5']);
	});
});
