import { describe, expect, it } from 'vitest';
import { journalPdfFilename, weekPdfFilename } from './filenames.ts';
import { formatMinutes } from './pdf-labels.ts';

describe('export labels', () => {
	it('formats minutes the French way', () => {
		expect([0, 45, 60, 150, 2105].map(formatMinutes)).toEqual([
			'0 h',
			'45 min',
			'1 h',
			'2 h 30',
			'35 h 05'
		]);
	});

	it('suggests ASCII file names', () => {
		const student = { firstName: 'Léa', lastName: 'Lefèvre-Cœur' };
		expect(weekPdfFilename(student, 3, '2026-06-15')).toBe(
			'rapport-semaine-3_lefevre-coeur-lea_2026-06-15.pdf'
		);
		expect(journalPdfFilename(student, 'Mairie d’Évry', '2026-06-01')).toBe(
			'carnet-de-stage_lefevre-coeur-lea_mairie-d-evry_2026-06-01.pdf'
		);
	});
});
