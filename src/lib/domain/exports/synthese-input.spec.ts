import { describe, expect, it } from 'vitest';
import type { Achievement } from '../schemas/achievement.schema.ts';
import { buildSyntheseModel } from './synthese.ts';
import { syntheseInputFrom, type SyntheseSources } from './synthese-input.ts';

const STAGE_1 = 'stage:2026-05-25:aaaaaaaaaa';
const ENTRY_OPEN = 'entry:2026-05-26:bbbbbbbbbb';
const ENTRY_SECRET = 'entry:2026-05-27:cccccccccc';

const achievement = (over: Partial<Achievement>): Achievement => ({
	_id: 'achievement:2026-06-01T10:00:00.000Z:dddddddddd',
	type: 'achievement',
	schemaVersion: 1,
	title: 'Migration des postes',
	context: 'stage',
	organisation: '',
	stageId: STAGE_1,
	trainingYear: 2,
	startDate: '2026-05-25',
	endDate: '2026-06-05',
	description: '',
	links: [{ label: 'Procédure de déploiement', url: 'https://example.fr/doc' }],
	photoIds: [
		'photo:2026-05-26:eeeeeeeeee',
		'photo:2026-05-27:ffffffffff',
		'photo:2026-05-26:gggggggggg'
	],
	competenceIds: ['C1.1.1', 'C1.3.2', 'CA2.1'],
	situationKinds: [],
	entryIds: [],
	createdAt: '2026-06-01T10:00:00.000Z',
	updatedAt: '2026-06-01T10:00:00.000Z',
	...over
});

const sources = (over: Partial<SyntheseSources> = {}): SyntheseSources => ({
	profile: { firstName: 'Léa', lastName: 'Martin', option: 'SISR', trainingYear: 2 },
	achievements: [achievement({})],
	stages: [{ _id: STAGE_1, trainingYear: 1, organisation: { name: 'Mairie de Dole' } }],
	entries: [
		{ _id: ENTRY_OPEN, confidential: false },
		{ _id: ENTRY_SECRET, confidential: true }
	],
	photos: [
		{
			_id: 'photo:2026-05-26:eeeeeeeeee',
			entryId: ENTRY_OPEN,
			caption: 'Baie de brassage',
			confidential: false
		},
		{
			_id: 'photo:2026-05-27:ffffffffff',
			entryId: ENTRY_SECRET,
			caption: 'Plan du réseau interne',
			confidential: false
		},
		{
			_id: 'photo:2026-05-26:gggggggggg',
			entryId: ENTRY_OPEN,
			caption: 'Mots de passe',
			confidential: true
		}
	],
	today: '2026-11-23',
	...over
});

describe('syntheseInputFrom', () => {
	it('lists only the productions a jury may see', () => {
		const input = syntheseInputFrom(sources());
		expect(input.rows[0]?.documents).toEqual([
			'Procédure de déploiement',
			'Photo : Baie de brassage'
		]);
	});

	it('groups a stage achievement by the year of its stage and names its organisation', () => {
		const model = buildSyntheseModel(syntheseInputFrom(sources()));
		expect(model.groups[1]?.rows.map((r) => [r.title, r.organisation])).toEqual([
			['Migration des postes', 'Mairie de Dole']
		]);
		const ticks = model.groups[1]!.rows[0]!.ticks;
		expect(model.subCompetenceIds.filter((_, i) => ticks[i])).toEqual(['C1.1.1', 'C1.3.2']);
	});

	it('leaves deleted achievements out and reports a competence without sub-competence', () => {
		const model = buildSyntheseModel(
			syntheseInputFrom(
				sources({
					achievements: [
						achievement({ deleted: true }),
						achievement({
							_id: 'achievement:2026-06-02T10:00:00.000Z:hhhhhhhhhh',
							createdAt: '2026-06-02T10:00:00.000Z',
							title: 'Veille',
							context: 'formation',
							competenceIds: ['C1.5']
						})
					]
				})
			)
		);
		expect(model.groups.flatMap((g) => g.rows.map((r) => r.title))).toEqual(['Veille']);
		expect(model.warnings).toHaveLength(1);
	});

	it('takes the header from the profile, the session from the training year by default', () => {
		expect(syntheseInputFrom(sources()).sessionYear).toBe(2027);
		const input = syntheseInputFrom(
			sources({
				profile: {
					firstName: 'Inès',
					lastName: 'Petit',
					option: 'SISR',
					trainingYear: 1,
					candidateNumber: '0123',
					sessionYear: 2029,
					portfolioUrl: 'https://ines.example.fr'
				}
			})
		);
		expect(input).toMatchObject({ sessionYear: 2029, candidateNumber: '0123' });
	});
});
