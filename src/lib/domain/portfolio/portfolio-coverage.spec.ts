import { describe, expect, it } from 'vitest';
import { activityById, bloc1Competences } from '../referentiel/referentiel.ts';
import { activityIdsOfCompetences, competenceIdsForActivities } from './competences.ts';
import { portfolioCoverage, type CoverageAchievement } from './portfolio-coverage.ts';

const achievement = (
	rand: string,
	competenceIds: string[],
	situationKinds: CoverageAchievement['situationKinds'] = [],
	deleted?: boolean
): CoverageAchievement => ({
	_id: `achievement:2026-06-01T08:00:00.000Z:${rand}`,
	startDate: '2026-06-01',
	competenceIds,
	situationKinds,
	...(deleted ? { deleted } : {})
});

describe('competences of achievements (real référentiel)', () => {
	it('maps journal activities to competences: sub-activity → sub-competence of the same rank', () => {
		expect(competenceIdsForActivities(['1.2.3', 'A2.1', '1.1', '9.9', '1.1.5'])).toEqual([
			'C1.1',
			'C1.1.5',
			'C1.2.3',
			'CA2.1'
		]);
	});

	it('gives the activities behind competences and sub-competences', () => {
		expect(activityIdsOfCompetences(['C1.2.3', 'C1.2', 'CB2.1.4', 'C9.9'])).toEqual([
			'1.2',
			'B2.1'
		]);
	});
});

describe('portfolioCoverage', () => {
	const achievements = [
		achievement('aaaaaaaaaa', ['C1.1.5', 'C1.2.1', 'CA2.1'], ['project']),
		achievement('bbbbbbbbbb', ['C1.2', 'C1.2.3'], ['support', 'documentation']),
		achievement('cccccccccc', ['C1.4.1', 'C1.5.2', 'C1.6.1', 'C1.3.1'], ['watch'], true)
	];
	const coverage = portfolioCoverage({ achievements, option: 'SISR' });

	it('lists the six bloc 1 competences with the achievements that mobilise them', () => {
		expect(coverage.bloc1.map((u) => u.competence)).toEqual(bloc1Competences());
		expect(coverage.bloc1[1]).toMatchObject({
			mobilised: true,
			achievementIds: [achievements[0]?._id, achievements[1]?._id]
		});
		expect(coverage.bloc1[1]?.subCompetences.map((s) => s.achievementIds.length)).toEqual([
			1, 0, 1
		]);
		expect(coverage.bloc1[0]?.subCompetences).toHaveLength(6);
		expect(coverage.bloc1.map((u) => u.subCompetences.length)).toEqual([6, 3, 3, 3, 3, 4]);
	});

	it('names the missing competences with the activities that would cover them, ignoring deleted achievements', () => {
		expect(coverage.missingBloc1.map((m) => m.competence.id)).toEqual([
			'C1.3',
			'C1.4',
			'C1.5',
			'C1.6'
		]);
		expect(coverage.missingBloc1[0]?.activities).toEqual([activityById('1.3')]);
		expect(coverage.missingSubCompetenceIds).toContain('C1.2.2');
		expect(coverage.missingSubCompetenceIds).not.toContain('C1.2.3');
		expect(coverage.missingSubCompetenceIds).toHaveLength(22 - 3);
	});

	it('counts option competences through the journal coverage', () => {
		const a21 = coverage.competences.blocs[1]?.competences[0];
		expect(a21).toMatchObject({ mobilised: true, entryIds: [achievements[0]?._id] });
	});

	it('checks the four kinds of situation of seed 004', () => {
		expect(coverage.situations.map((s) => [s.kind.id, s.present])).toEqual([
			['project', true],
			['support', true],
			['documentation', true],
			['watch', false]
		]);
		expect(coverage.missingSituations.map((k) => k.id)).toEqual(['watch']);
		expect(coverage.complete).toBe(false);
	});

	it('is complete with all six competences and all four situations', () => {
		const full = portfolioCoverage({
			option: 'SLAM',
			achievements: [
				...achievements.slice(0, 2),
				achievement('dddddddddd', ['C1.3.1', 'C1.4.2', 'C1.5.3', 'C1.6.4', 'C1.1.1'], ['watch'])
			]
		});
		expect(full.missingBloc1).toEqual([]);
		expect(full.complete).toBe(true);
		const empty = portfolioCoverage({ option: 'SLAM', achievements: [] });
		expect(empty.missingBloc1).toHaveLength(6);
		expect(empty.missingSituations).toHaveLength(4);
	});
});
