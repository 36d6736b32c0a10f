import { describe, expect, it } from 'vitest';
import { parseStudentCsv, usernameFor } from './csv-import.ts';

describe('parseStudentCsv', () => {
	it('reads ; or , separated files with columns in any order, BOM and quotes', () => {
		const csv =
			'\uFEFFprénom,NOM,Année,option,identifiant\r\n"Zoé","Du ""Pont""",1,sisr,\r\nAna,Leroy,2e,SLAM,ana.l\r\n\r\n';
		expect(parseStudentCsv(csv)).toEqual({
			rows: [
				{
					line: 2,
					firstName: 'Zoé',
					lastName: 'Du "Pont"',
					username: 'zoe.du-pont',
					option: 'SISR',
					trainingYear: 1
				},
				{
					line: 3,
					firstName: 'Ana',
					lastName: 'Leroy',
					username: 'ana.l',
					option: 'SLAM',
					trainingYear: 2
				}
			],
			errors: []
		});
	});

	it('keeps the valid lines and explains each bad one in French', () => {
		const csv = [
			'nom;prénom;option;année',
			'A;B;SISR;1',
			'C;D;X;1',
			'E;F;SLAM;4',
			'A;B;SLAM;2',
			'G;H;SISR;1;;',
			'I;J;SISR;1'
		].join('\n');
		const { rows, errors } = parseStudentCsv(csv);
		expect(rows.map((row) => row.line)).toEqual([2, 6, 7]);
		expect(errors).toEqual([
			{ line: 3, message: 'Ligne 3 : l’option doit être SISR ou SLAM.' },
			{ line: 4, message: 'Ligne 4 : l’année doit être 1 ou 2.' },
			{ line: 5, message: 'Ligne 5 : identifiant « b.a » en double dans le fichier.' }
		]);
	});

	it('names missing columns on line 1', () => {
		expect(parseStudentCsv('nom;prénom\nA;B').errors).toEqual([
			{ line: 1, message: 'Ligne 1 : colonne(s) manquante(s) : option, année.' }
		]);
	});

	it('makes usernames without accents or spaces', () => {
		expect(usernameFor('Inès Marie', 'Le Bihan')).toBe('ines-marie.le-bihan');
	});
});
