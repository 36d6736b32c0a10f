import { describe, expect, it } from 'vitest';
import { classCoverage } from './class-coverage.ts';
import { competenceCoverage } from './competence-coverage.ts';

const entry = (date: string, activityIds: string[]) => ({
	_id: `entry:${date}:aaaaaaaaaa`,
	date,
	activityIds
});
const bloc1 = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'];

describe('classCoverage', () => {
	const students = [
		{
			studentId: 'lea',
			coverage: competenceCoverage({
				option: 'SISR',
				entries: [entry('2026-05-19', [...bloc1, 'A2.1'])]
			})
		},
		{
			studentId: 'tom',
			coverage: competenceCoverage({
				option: 'SLAM',
				entries: [entry('2026-05-19', ['1.2', 'B2.1'])]
			})
		},
		{ studentId: 'ines', coverage: competenceCoverage({ option: 'SLAM', entries: [] }) }
	];
	const result = classCoverage(students);
	const row = (id: string) => result.competences.find((c) => c.competence.id === id);

	it('counts per competence the students who mobilised it among those concerned', () => {
		expect(result.students).toBe(3);
		expect(row('C1.2')).toMatchObject({
			concerned: 3,
			mobilisedBy: 2,
			studentIds: ['lea', 'tom'],
			missingStudentIds: ['ines']
		});
		expect(row('C1.2')?.ratio).toBeCloseTo(2 / 3);
		expect(row('CA2.1')).toMatchObject({ concerned: 1, mobilisedBy: 1, ratio: 1 });
		expect(row('CB2.1')).toMatchObject({ concerned: 2, mobilisedBy: 1, ratio: 0.5 });
	});

	it('lists the competences of the options present, in référentiel order', () => {
		const ids = result.competences.map((c) => c.competence.id);
		expect(ids.slice(0, 9)).toEqual([
			'C1.1',
			'C1.2',
			'C1.3',
			'C1.4',
			'C1.5',
			'C1.6',
			'CA2.1',
			'CA2.2',
			'CA2.3'
		]);
		expect(ids).toContain('CB3.5');
		expect(classCoverage(students.slice(1)).competences.map((c) => c.competence.id)).not.toContain(
			'CA2.1'
		);
	});

	it('names the students whose bloc 1 is complete', () => {
		expect(result.bloc1CompleteStudentIds).toEqual(['lea']);
		expect(classCoverage([])).toEqual({
			students: 0,
			competences: [],
			bloc1CompleteStudentIds: []
		});
	});
});
