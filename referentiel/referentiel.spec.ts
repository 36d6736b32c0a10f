/**
 * The référentiel data against its schemas and against the seed text of the arrêté (seed 001).
 */
import { describe, expect, it } from 'vitest';
import activitiesJson from './activities.json' with { type: 'json' };
import competencesJson from './competences.json' with { type: 'json' };
import examJson from './exam.json' with { type: 'json' };
import stageRulesJson from './stage-rules.json' with { type: 'json' };
import {
	activitiesFileSchema,
	competencesFileSchema,
	examSchema,
	stageRulesSchema
} from '../src/lib/domain/referentiel/referentiel.schema.ts';
import {
	extractActivities,
	findLabel,
	frenchNumber,
	normalise,
	readSeed,
	region
} from './seed-text.ts';

const activitiesFile = activitiesFileSchema.parse(activitiesJson);
const competencesFile = competencesFileSchema.parse(competencesJson);
const stageRules = stageRulesSchema.parse(stageRulesJson);
const exam = examSchema.parse(examJson);
const { activities, blocs } = activitiesFile;
const { competences } = competencesFile;

const seed = readSeed();
const rawIA = region(
	seed,
	'Annexe I.A – Référentiel d’activités professionnelles',
	'Annexe I.B – Référentiel de compétences'
);
const annexIA = normalise(rawIA);
const annexIB = normalise(
	region(seed, 'Annexe I.B – Référentiel de compétences', 'ANNEXE II – RÉFÉRENTIEL D’ÉVALUATION')
);
const synthesisTable = normalise(
	region(seed, 'TABLEAU DE SYNTHÈSE – ACTIVITÉS – BLOCS DE COMPÉTENCES – UNITÉS', 'ANNEXE I – ')
);
const annexIIIB = normalise(
	region(seed, 'Annexe III.B – Stages en milieu professionnel', 'Annexe III.C – Ateliers')
);

/**
 * Labels whose end the PDF printed after a column or page break (checked by hand against the
 * seed, see README). Every other label must occur in one piece.
 */
const SPLIT_BY_LAYOUT = [
	'CA2.1 indicator 7',
	'CA2.2.5',
	'CB2.1.8',
	'CB2.1 indicator 5',
	'CB2.2 indicator 3',
	'CB2.3.2',
	'CB2.3 indicator 2'
];

describe('référentiel files', () => {
	it('parse with their schemas, with one version', () => {
		const versions = new Set([
			activitiesFile.version,
			competencesFile.version,
			stageRules.version,
			exam.version
		]);
		expect(versions.size).toBe(1);
	});

	it('reject a duplicated id or a sub-activity out of rank', () => {
		const twice = { ...activitiesJson, activities: [...activities, activities[0]] };
		expect(activitiesFileSchema.safeParse(twice).success).toBe(false);
		const first = activities[0]!;
		const misranked = {
			...first,
			subActivities: [...first.subActivities].reverse()
		};
		expect(
			activitiesFileSchema.safeParse({ ...activitiesJson, activities: [misranked] }).success
		).toBe(false);
	});

	it('hold the blocs and activities the text lists: 1.1–1.6, A2.x, B2.x, 3.1–3.4, A3.5, B3.5', () => {
		expect(blocs.map((b) => b.id)).toEqual(['1', '2A', '2B', '3']);
		expect(activities.map((a) => a.id)).toEqual(
			[
				'1.1',
				'1.2',
				'1.3',
				'1.4',
				'1.5',
				'1.6',
				'A2.1',
				'A2.2',
				'A2.3',
				'B2.1',
				'B2.2',
				'B2.3'
			].concat(['3.1', '3.2', '3.3', '3.4', 'A3.5', 'B3.5'])
		);
	});
});

describe('against the seed text', () => {
	it('has no hyphenation artefacts in annexes I.A and I.B (so none need undoing)', () => {
		const raw = region(seed, 'Annexe I.A – ', 'ANNEXE II – RÉFÉRENTIEL D’ÉVALUATION');
		expect(raw).not.toMatch(/\p{L}-\s*\n/u);
	});

	it('finds every bloc, activity and sub-activity label, activities in order, in annex I.A', () => {
		let cursor = 0;
		for (const a of activities) {
			const found = findLabel(annexIA, `Activité ${a.id}. ${a.label}`, cursor);
			expect(found, `${a.id} ${a.label}`).toMatchObject({ split: false });
			cursor = found!.end;
			for (const s of a.subActivities) {
				expect(findLabel(annexIA, s.label), `${s.id} ${s.label}`).toMatchObject({ split: false });
			}
		}
		for (const b of blocs) expect(findLabel(annexIB, b.label), b.id).not.toBeNull();
	});

	it('has exactly the sub-activities the text lists under each activity, in order', () => {
		const extracted = extractActivities(rawIA);
		expect(extracted.map((a) => a.id)).toEqual(activities.map((a) => a.id));
		for (const fromText of extracted) {
			const data = activities.find((a) => a.id === fromText.id)!;
			expect(data.label).toBe(fromText.label);
			expect(data.subActivities.map((s) => normalise(s.label))).toEqual(fromText.subActivities);
		}
	});

	it('finds every competence, sub-competence and indicator in annex I.B, competences in order', () => {
		const split: string[] = [];
		const check = (key: string, label: string, from = 0) => {
			const found = findLabel(annexIB, label, from);
			expect(found, `${key}: ${label}`).not.toBeNull();
			if (found!.split) split.push(key);
			return found!;
		};
		let cursor = 0;
		for (const c of competences) {
			cursor = check(c.id, c.label, cursor).end;
			for (const s of c.subCompetences) check(s.id, s.label);
			c.indicators.forEach((text, i) => check(`${c.id} indicator ${i + 1}`, text));
		}
		expect(split.sort()).toEqual([...SPLIT_BY_LAYOUT].sort());
	});

	it('fails on a label the text does not have', () => {
		expect(findLabel(annexIB, 'Gérer le patrimoine numérique')).toBeNull();
		expect(findLabel(annexIA, 'Gestion des sauvegardes et des archives')).toBeNull();
	});
});

describe('competences and activities', () => {
	it('give bloc 1 six competences of 6, 3, 3, 3, 3 and 4 sub-competences', () => {
		const bloc1 = competences.filter((c) => c.bloc === '1');
		expect(bloc1.map((c) => c.subCompetences.length)).toEqual([6, 3, 3, 3, 3, 4]);
	});

	it('pair each activity with one competence of the same bloc and option', () => {
		for (const a of activities) {
			const matching = competences.filter((c) => c.activityIds.includes(a.id));
			expect(matching, a.id).toHaveLength(1);
			const [c] = matching;
			expect([c!.bloc, c!.option, c!.id]).toEqual([a.bloc, a.option, `C${a.id}`]);
			expect(c!.subCompetences, a.id).toHaveLength(a.subActivities.length);
		}
	});

	it('follow the tableau de synthèse, which lists each bloc’s activities then its competences in the same order', () => {
		const groups = [
			['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
			['A2.1', 'A2.2', 'A2.3'],
			['B2.1', 'B2.2', 'B2.3'],
			['3.1', '3.2', '3.3', '3.4', 'A3.5'],
			['3.1', '3.2', '3.3', '3.4', 'B3.5']
		];
		let cursor = 0;
		for (const ids of groups) {
			for (const id of ids) {
				const found = findLabel(synthesisTable, activities.find((a) => a.id === id)!.label, cursor);
				expect(found, `activity ${id}`).not.toBeNull();
				cursor = found!.end;
			}
			for (const id of ids) {
				const competence = competences.find((c) => c.activityIds.includes(id))!;
				const found = findLabel(synthesisTable, competence.label, cursor);
				expect(found, `competence of ${id}`).not.toBeNull();
				cursor = found!.end;
			}
		}
	});
});

describe('stage rules', () => {
	it('quote annex III.B verbatim', () => {
		expect(annexIIIB).toContain(stageRules.quotes.duration);
		expect(annexIIIB).toContain(stageRules.quotes.reduced);
	});

	it('carry the numbers of the quotes', () => {
		const word = '(\\d+|\\p{L}+)';
		const q = stageRules.quotes;
		const match = (text: string, pattern: string) => {
			const m = new RegExp(pattern, 'u').exec(text);
			expect(m, pattern).not.toBeNull();
			return m!.slice(1).map(frenchNumber);
		};
		expect(match(q.duration, `durée des stages est de ${word} semaines`)).toEqual([
			stageRules.totalWeeks
		]);
		expect(
			match(
				q.duration,
				`période de ${word} à ${word} semaines consécutives en fin de première année`
			)
		).toEqual([stageRules.year1.minConsecutiveWeeks, stageRules.year1.maxConsecutiveWeeks]);
		expect(
			match(q.duration, `période de ${word} à ${word} semaines consécutives en deuxième année`)
		).toEqual([stageRules.year2.minConsecutiveWeeks, stageRules.year2.maxConsecutiveWeeks]);
		expect(match(q.duration, `prolongée de ${word} semaines pendant les vacances`)).toEqual([
			stageRules.extensionWeeksInHolidays
		]);
		expect(
			match(
				q.reduced,
				`inférieure à ${word} semaines dont au moins ${word} semaines consécutives en deuxième année`
			)
		).toEqual([stageRules.reduced.minTotalWeeks, stageRules.reduced.minConsecutiveWeeksYear2]);
	});
});

describe('exam labels', () => {
	const text = normalise(seed);

	it('are the seed’s words', () => {
		const { diploma, options, portfolioExam: e4 } = exam;
		for (const label of [
			diploma.sourceText,
			diploma.name,
			e4.heading,
			e4.form,
			e4.synthesisTable
		]) {
			expect(text).toContain(label);
		}
		for (const quote of Object.values(e4.quotes)) expect(text).toContain(quote);
		for (const option of options) {
			expect(text).toContain(option.label);
			expect(option.label).toBe(`Option ${option.letter} « ${option.name} »`);
			expect(text).toContain(`Option ${option.id}`);
		}
		expect(e4.heading).toBe(`Épreuve ${e4.number} – ${e4.title}`);
		expect(text).toContain(`${e4.unit} – ${e4.title}`);
	});

	it('spell the diploma title as the text names it, in capitals', () => {
		const { title, sourceText } = exam.diploma;
		expect(title).toBe(
			sourceText.replace('Brevet de technicien supérieur ', '').toLocaleUpperCase('fr')
		);
	});

	it('point E4 at bloc 1, whose competences the exam lists', () => {
		expect(blocs.find((b) => b.id === exam.portfolioExam.competenceBloc)?.label).toBe(
			exam.portfolioExam.title
		);
	});
});
