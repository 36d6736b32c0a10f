import { describe, expect, it } from 'vitest';
import tableJson from '../../../../referentiel/synthesis-table.json' with { type: 'json' };
import { bloc1Competences, referentiel } from '../referentiel/referentiel.ts';
import { synthesisTableSchema } from './synthese-labels.ts';
import {
	buildSyntheseModel,
	defaultSessionYear,
	formatDateJjMmAa,
	formatSynthesePeriod,
	type SyntheseInput,
	type SyntheseRowInput
} from './synthese.ts';
import { syntheseGrid } from './synthese-sheet.ts';

const row = (over: Partial<SyntheseRowInput>): SyntheseRowInput => ({
	title: 'Réalisation',
	documents: [],
	startDate: '2026-03-02',
	endDate: '2026-03-20',
	group: 'training',
	competenceIds: [],
	...over
});

const input = (rows: SyntheseRowInput[], over: Partial<SyntheseInput> = {}): SyntheseInput => ({
	student: { firstName: 'Léa', lastName: 'Martin', option: 'SISR' },
	candidateNumber: '02 123 456',
	trainingCentre: 'Lycée Édouard-Herriot, Lyon',
	portfolioUrl: 'https://lea.example.fr/portfolio',
	sessionYear: 2027,
	rows,
	now: new Date('2026-11-23T12:00:00Z'),
	...over
});

describe('synthesis table labels (referentiel/synthesis-table.json)', () => {
	it('parse with their schema and share the référentiel version', () => {
		const labels = synthesisTableSchema.parse(tableJson);
		expect(labels.version).toBe(referentiel.version);
		expect(labels.groups.map((g) => g.id)).toEqual([
			'training',
			'workplace-year-1',
			'workplace-year-2'
		]);
	});
});

describe('dates of the tableau (JJ/MM/AA)', () => {
	it('writes day, month and two-digit year', () => {
		expect(formatDateJjMmAa('2026-06-01')).toBe('01/06/26');
		expect(formatDateJjMmAa('2030-12-31')).toBe('31/12/30');
		expect(() => formatDateJjMmAa('1/6/2026')).toThrow('Date invalide');
	});

	it('writes a period « JJ/MM/AA au JJ/MM/AA », one date for one day', () => {
		expect(formatSynthesePeriod('2026-06-01', '2026-07-03')).toBe('01/06/26 au 03/07/26');
		expect(formatSynthesePeriod('2026-06-04', '2026-06-04')).toBe('04/06/26');
	});

	it('puts the session at the end of the second year', () => {
		expect(defaultSessionYear(2, '2026-11-23')).toBe(2027);
		expect(defaultSessionYear(2, '2027-03-10')).toBe(2027);
		expect(defaultSessionYear(1, '2026-09-01')).toBe(2028);
		expect(defaultSessionYear(1, '2026-06-30')).toBe(2027);
	});
});

describe('buildSyntheseModel', () => {
	it('has the header of the national model, from the référentiel data', () => {
		const model = buildSyntheseModel(input([]));
		expect(model.title).toBe('BTS SERVICES INFORMATIQUES AUX ORGANISATIONS – SESSION 2027');
		expect(model.exam).toBe(
			'Épreuve E4 – Support et mise à disposition de services informatiques — tableau de synthèse'
		);
		expect(model.exam.startsWith(referentiel.exam.portfolioExam.heading)).toBe(true);
		expect(model.header).toEqual([
			{ label: 'Nom et prénom', value: 'MARTIN Léa' },
			{ label: 'N° candidat', value: '02 123 456' },
			{ label: 'Centre de formation', value: 'Lycée Édouard-Herriot, Lyon' },
			{ label: 'Option', value: 'SISR' },
			{ label: 'Adresse URL du portfolio', value: 'https://lea.example.fr/portfolio' }
		]);
		expect(model.columns.achievement).toBe(
			'Réalisations professionnelles (intitulé et liste des documents et productions associés)'
		);
		expect(model.columns.period).toBe('Période (JJ/MM/AA au JJ/MM/AA)');
	});

	it('has the six bloc 1 competences split into 6, 3, 3, 3, 3 and 4 columns', () => {
		const model = buildSyntheseModel(input([]));
		expect(model.competences.map((c) => c.id)).toEqual(bloc1Competences().map((c) => c.id));
		expect(model.competences.map((c) => c.subCompetences.length)).toEqual([6, 3, 3, 3, 3, 4]);
		expect(model.subCompetenceIds).toHaveLength(22);
		expect(model.subCompetenceIds[0]).toBe('C1.1.1');
		expect(model.subCompetenceIds[21]).toBe('C1.6.4');
	});

	it('puts each row in its group, in period order, even when a group is empty', () => {
		const model = buildSyntheseModel(
			input([
				row({ title: 'Stage 2', group: 'workplace-year-2', startDate: '2027-01-04' }),
				row({ title: 'TP sauvegardes', startDate: '2026-04-01', endDate: '2026-04-01' }),
				row({ title: 'Projet GLPI', startDate: '2025-11-03', endDate: '2026-01-30' })
			])
		);
		expect(model.groups.map((g) => [g.label, g.rows.map((r) => r.title)])).toEqual([
			['Réalisations en cours de formation', ['Projet GLPI', 'TP sauvegardes']],
			['Réalisations en milieu professionnel en cours de première année', []],
			['Réalisations en milieu professionnel en cours de seconde année', ['Stage 2']]
		]);
		expect(model.groups[0]?.rows.map((r) => r.period)).toEqual([
			'03/11/25 au 30/01/26',
			'01/04/26'
		]);
	});

	it('ticks exactly the bloc 1 sub-competences of a row', () => {
		const model = buildSyntheseModel(
			input([row({ competenceIds: ['C1.1.5', 'C1.6.4', 'C1.2.1', 'CA2.1', 'CA2.1.2'] })])
		);
		const ticks = model.groups[0]!.rows[0]!.ticks;
		const ticked = model.subCompetenceIds.filter((_, i) => ticks[i]);
		expect(ticked).toEqual(['C1.1.5', 'C1.2.1', 'C1.6.4']);
		expect(ticks.indexOf(true)).toBe(4);
		expect(model.warnings).toEqual([]);
	});

	it('warns about a competence given without sub-competence instead of guessing a column', () => {
		const model = buildSyntheseModel(input([row({ title: 'Veille', competenceIds: ['C1.5'] })]));
		expect(model.groups[0]!.rows[0]!.ticks.every((t) => !t)).toBe(true);
		expect(model.warnings).toEqual([
			'« Veille » : compétence 1.5 sans sous-compétence précisée, aucune case cochée.'
		]);
	});

	it('keeps documents in order, without blanks, and names an untitled row', () => {
		const model = buildSyntheseModel(
			input([row({ title: '  ', documents: ['Procédure de sauvegarde', ' ', 'Capture GLPI'] })])
		);
		expect(model.groups[0]!.rows[0]).toMatchObject({
			title: 'Sans titre',
			documents: ['Procédure de sauvegarde', 'Capture GLPI']
		});
	});
});

describe('syntheseGrid', () => {
	it('lays the model out as the PDF: header rows, competences over sub-competences, X', () => {
		const model = buildSyntheseModel(
			input([
				row({
					title: 'Projet GLPI',
					documents: ['Cahier des charges'],
					competenceIds: ['C1.1.1', 'C1.6.4']
				})
			])
		);
		const grid = syntheseGrid(model);
		expect(grid.every((r) => r.length === 24)).toBe(true);
		expect(grid[0]![0]).toBe(model.title);
		const heading = grid.findIndex((r) => r[0] === model.columns.achievement);
		expect(grid[heading]![2]).toBe('1.1 Gérer le patrimoine informatique');
		expect(grid[heading]![8]).toMatch(/^1\.2 Répondre aux incidents/);
		expect(grid[heading + 1]![2]).toBe('1.1.1 Recenser et identifier les ressources numériques');
		const achievement = grid.find((r) => r[0]?.startsWith('Projet GLPI'))!;
		expect(achievement[0]).toBe('Projet GLPI\n– Cahier des charges');
		expect(achievement[1]).toBe('02/03/26 au 20/03/26');
		expect(
			achievement
				.slice(2)
				.map((c, i) => (c ? i : -1))
				.filter((i) => i >= 0)
		).toEqual([0, 21]);
		expect(achievement[2]).toBe('X');
	});
});
