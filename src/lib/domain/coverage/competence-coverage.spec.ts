import { describe, expect, it } from 'vitest';
import { activityById, bloc1Competences, competenceById } from '../referentiel/referentiel.ts';
import { competenceCoverage, type CoverageEntry } from './competence-coverage.ts';

const entry = (
	rand: string,
	date: string,
	activityIds: string[],
	deleted?: boolean
): CoverageEntry => ({
	_id: `entry:${date}:${rand}`,
	date,
	activityIds,
	...(deleted ? { deleted } : {})
});

const entries = [
	entry('cccccccccc', '2026-05-21', ['1.2.1', 'A2.3']),
	entry('aaaaaaaaaa', '2026-05-19', ['1.2', '1.1.5']),
	entry('bbbbbbbbbb', '2026-05-20', ['1.2.3', 'B2.1', '9.9']),
	entry('dddddddddd', '2026-05-22', ['1.4'], true)
];
const ids = (items: { competence: { id: string } }[]) => items.map((i) => i.competence.id);

describe('competenceCoverage', () => {
	const coverage = competenceCoverage({ entries, option: 'SISR' });
	const use = (id: string) =>
		coverage.blocs.flatMap((b) => b.competences).find((u) => u.competence.id === id);

	it('counts the entries behind each competence, sub-activities counting for their activity', () => {
		expect(use('C1.2')).toMatchObject({
			mobilised: true,
			count: 3,
			firstDate: '2026-05-19',
			lastDate: '2026-05-21',
			entryIds: [
				'entry:2026-05-19:aaaaaaaaaa',
				'entry:2026-05-20:bbbbbbbbbb',
				'entry:2026-05-21:cccccccccc'
			],
			activityIds: ['1.2', '1.2.1', '1.2.3']
		});
		expect(use('C1.1')).toMatchObject({ count: 1, activityIds: ['1.1.5'] });
		expect(use('CA2.3')).toMatchObject({ count: 1, firstDate: '2026-05-21' });
	});

	it('uses the référentiel objects themselves, so labels are never retyped', () => {
		expect(use('C1.2')?.competence).toBe(competenceById('C1.2'));
		expect(coverage.bloc1.map((u) => u.competence)).toEqual(bloc1Competences());
	});

	it('skips deleted entries and lists the competences still missing with the activities that cover them', () => {
		expect(use('C1.4')).toMatchObject({ mobilised: false, count: 0, entryIds: [] });
		expect(use('C1.4')?.firstDate).toBeUndefined();
		expect(ids(coverage.missingBloc1)).toEqual(['C1.3', 'C1.4', 'C1.5', 'C1.6']);
		expect(coverage.missingBloc1[0]?.activities).toEqual([activityById('1.3')]);
		expect(coverage.bloc1Complete).toBe(false);
	});

	it('keeps the blocs of the option and reports the ids it cannot count', () => {
		expect(coverage.blocs.map((b) => b.bloc.id)).toEqual(['1', '2A', '3']);
		expect(ids(coverage.blocs[2]?.competences ?? [])).toEqual([
			'C3.1',
			'C3.2',
			'C3.3',
			'C3.4',
			'CA3.5'
		]);
		expect(coverage.ignoredActivityIds).toEqual(['B2.1', '9.9']);
		const slam = competenceCoverage({ entries, option: 'SLAM' });
		expect(slam.blocs.map((b) => b.bloc.id)).toEqual(['1', '2B', '3']);
		expect(slam.ignoredActivityIds).toEqual(['A2.3', '9.9']);
	});

	it('is complete once all six bloc 1 competences are mobilised', () => {
		const all = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6.2'].map((id, i) =>
			entry(`${'abcdef'[i]}aaaaaaaaa`, `2026-05-1${i}`, [id])
		);
		const full = competenceCoverage({ entries: all, option: 'SLAM' });
		expect(full.bloc1Complete).toBe(true);
		expect(full.missingBloc1).toEqual([]);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(entries);
		competenceCoverage({ entries, option: 'SISR' });
		expect(entries).toEqual(copy);
	});
});
