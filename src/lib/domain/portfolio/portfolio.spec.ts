import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_ID, STAGE_ID, validDocs } from '../schemas/fixtures.ts';
import { achievementSchema, commentSchema, validationSchema } from '../schemas/index.ts';
import { achievementDigest } from './achievement-digest.ts';
import { achievementProblems } from './achievement-problems.ts';
import { achievementFileName, achievementFileProblem } from './files.ts';
import { achievementFromEntry, blankAchievement } from './new-achievement.ts';
import { SITUATION_KIND_INFOS, SITUATION_KIND_SOURCE } from './situation-kinds.ts';
import { synthesisRowOf, synthesisRows } from './synthesis.ts';
import { achievementValidationState } from './validation-state.ts';

const base = achievementSchema.parse(validDocs.achievement);
const errorsOf = (doc: unknown) => {
	const result = achievementSchema.safeParse(doc);
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('achievement schema', () => {
	it('checks the id against createdAt, the period, links and competence ids in French', () => {
		expect(errorsOf({ ...base, createdAt: '2026-06-02T08:00:00.000Z' })._id).toMatch(
			/date de création/
		);
		expect(errorsOf({ ...base, endDate: '2026-06-01' }).endDate).toBe(
			'La fin de la période précède son début.'
		);
		expect(errorsOf({ ...base, links: [{ label: 'x', url: 'javascript:alert(1)' }] })).toEqual({
			'links.0.url': 'Lien : adresse web (https://…) attendue.'
		});
		expect(errorsOf({ ...base, competenceIds: ['C1.2.2', 'C1.2.2'] }).competenceIds).toMatch(
			/doublon/
		);
		expect(errorsOf({ ...base, competenceIds: ['X1'] })['competenceIds.0']).toMatch(/Compétence/);
		expect(errorsOf({ ...base, context: 'ailleurs' }).context).toMatch(/formation/);
	});

	it('lets a comment target an achievement and a validation name its achievement', () => {
		const at = '2026-06-11T09:00:00.000Z';
		const comment = {
			...validDocs.comment,
			_id: `comment:${ACHIEVEMENT_ID}:${at}:abcdefghij`,
			targetId: ACHIEVEMENT_ID,
			createdAt: at
		};
		expect(commentSchema.safeParse(comment).success).toBe(true);
		const other = 'achievement:2026-06-02T08:00:00.000Z:zzzzzzzzzz';
		expect(
			validationSchema.safeParse({ ...validDocs.validation, achievementId: other }).success
		).toBe(false);
		expect(
			validationSchema.safeParse({ ...validDocs.validation, validatorRole: 'tutor' }).success
		).toBe(false);
	});
});

describe('synthesis rows', () => {
	const stages = [
		{ _id: STAGE_ID, trainingYear: 2 as const, organisation: { name: 'Mairie de Lyon' } }
	];
	const photos = [
		{ _id: 'photo:2026-06-02:cdefghijkl', entryId: 'e1', caption: 'Baie', confidential: true },
		{ _id: 'photo:2026-06-03:cdefghijkm', entryId: 'e2', caption: 'Schéma', confidential: false },
		{ _id: 'photo:2026-06-03:cdefghijkn', entryId: 'e3', caption: 'Secret', confidential: false }
	];
	const entries = [{ _id: 'e3', confidential: true }];

	it('takes the group from the linked stage, ticks only bloc 1 sub-competences, hides confidential photos', () => {
		const row = synthesisRowOf(
			{
				...base,
				photoIds: [...base.photoIds, 'photo:2026-06-03:cdefghijkm', 'photo:2026-06-03:cdefghijkn']
			},
			{ stages, photos, entries }
		);
		expect(row).toEqual({
			achievementId: ACHIEVEMENT_ID,
			group: 'stage-year-2',
			title: 'Mise en place d’un serveur DHCP',
			organisation: 'Mairie de Lyon',
			productions: ['Procédure', 'Photo : Schéma'],
			startDate: '2026-06-02',
			endDate: '2026-06-04',
			subCompetenceIds: ['C1.2.2', 'C1.3.1']
		});
	});

	it('groups formation first, then year 1, then year 2, and skips deleted achievements', () => {
		const rows = synthesisRows(
			[
				{ ...base, _id: 'b', stageId: undefined, trainingYear: 2 },
				{ ...base, _id: 'c', context: 'formation' },
				{ ...base, _id: 'd', stageId: undefined, trainingYear: 1 },
				{ ...base, _id: 'e', deleted: true }
			],
			{ stages }
		);
		expect(rows.map((r) => [r.achievementId, r.group])).toEqual([
			['c', 'formation'],
			['d', 'stage-year-1'],
			['b', 'stage-year-2']
		]);
	});
});

describe('validation bound to the content', () => {
	it('is « modifiée après validation » once a field changes, not when only updatedAt does', async () => {
		const digest = await achievementDigest(base);
		const validation = { ...validDocs.validation, digest };
		expect(achievementValidationState(ACHIEVEMENT_ID, digest, [validation]).state).toBe(
			'validated'
		);
		const touched = await achievementDigest({ ...base, updatedAt: '2027-01-01T00:00:00.000Z' });
		expect(touched).toBe(digest);
		const edited = await achievementDigest({ ...base, description: 'Autre chose.' });
		expect(achievementValidationState(ACHIEVEMENT_ID, edited, [validation]).state).toBe('modified');
		expect(achievementValidationState(ACHIEVEMENT_ID, edited, []).state).toBe('none');
		const newer = {
			...validation,
			_id: 'z',
			validatedAt: '2026-07-01T00:00:00.000Z',
			digest: edited
		};
		expect(achievementValidationState(ACHIEVEMENT_ID, edited, [newer, validation])).toEqual({
			state: 'validated',
			latest: newer
		});
	});
});

describe('new achievements', () => {
	const input = { now: '2026-06-05T10:00:00.000Z', today: '2026-06-05', trainingYear: 1 as const };
	const entry = {
		_id: 'entry:2026-06-02:bcdefghijk',
		stageId: STAGE_ID,
		date: '2026-06-02',
		text: 'Ticket GLPI traité.',
		activityIds: ['1.2.2', 'A2.1'],
		confidential: false
	};
	const stage = { _id: STAGE_ID, trainingYear: 2 as const, organisation: { name: 'Mairie' } };
	const photos = [
		{ _id: 'photo:2026-06-02:aaaaaaaaaa', entryId: entry._id, confidential: false },
		{ _id: 'photo:2026-06-02:bbbbbbbbbb', entryId: entry._id, confidential: true },
		{
			_id: 'photo:2026-06-02:cccccccccc',
			entryId: 'entry:2026-06-02:zzzzzzzzzz',
			confidential: false
		}
	];

	it('prefills from an entry (valid document) and warns about confidential photos it left out', () => {
		const { achievement, warnings } = achievementFromEntry({ ...input, entry, stage, photos });
		expect(achievementSchema.safeParse(achievement).success).toBe(true);
		expect(achievement).toMatchObject({
			context: 'stage',
			stageId: STAGE_ID,
			organisation: 'Mairie',
			trainingYear: 2,
			startDate: '2026-06-02',
			description: 'Ticket GLPI traité.',
			photoIds: ['photo:2026-06-02:aaaaaaaaaa'],
			competenceIds: ['C1.2.2', 'CA2.1'],
			entryIds: [entry._id]
		});
		expect(warnings).toEqual(['confidential-photos']);
	});

	it('never copies the text nor the photos of a confidential entry', () => {
		const { achievement, warnings } = achievementFromEntry({
			...input,
			entry: { ...entry, confidential: true },
			photos
		});
		expect(achievement.description).toBe('');
		expect(achievement.photoIds).toEqual([]);
		expect(warnings).toEqual(['confidential-entry', 'confidential-photos']);
	});

	it('says what a blank achievement still lacks', () => {
		const blank = blankAchievement(input);
		expect(achievementSchema.safeParse(blank).success).toBe(true);
		expect(achievementProblems(blank)).toEqual([
			'Donnez un intitulé à la réalisation.',
			'Décrivez la réalisation.',
			'Cochez au moins une compétence du bloc 1.'
		]);
		expect(achievementProblems({ ...base, competenceIds: ['C1.2'] })).toEqual([
			'C1.2 « Répondre aux incidents et aux demandes d’assistance et d’évolution » : précisez les sous-compétences mobilisées.'
		]);
	});
});

describe('situation kinds', () => {
	it('quote seed 004 word for word', () => {
		const dir =
			process.env.SEEDS_DIR ?? new URL('../../../../../shared/seeds/', import.meta.url).pathname;
		const seed = readFileSync(`${dir.replace(/\/?$/, '/')}${SITUATION_KIND_SOURCE}`, 'utf8');
		for (const kind of SITUATION_KIND_INFOS) expect(seed).toContain(kind.quote.replace(/\.$/, ''));
	});
});

describe('achievement files', () => {
	const stub = (type: string) => ({
		content_type: type,
		stub: true as const,
		digest: 'md5-x',
		length: 1000
	});

	it('accepts small documents of known types whose extension matches, in the digest and the productions', async () => {
		const withFile = { ...base, _attachments: { 'Procedure-DHCP.pdf': stub('application/pdf') } };
		expect(achievementSchema.safeParse(withFile).success).toBe(true);
		expect(await achievementDigest(withFile)).not.toBe(await achievementDigest(base));
		expect(synthesisRowOf(withFile, { stages: [] }).productions).toEqual([
			'Procédure',
			'Document : Procedure-DHCP.pdf'
		]);
	});

	it('refuses other types, mismatched extensions, big files and hidden names', () => {
		const bad = (name: string, file: object) =>
			achievementSchema.safeParse({ ...base, _attachments: { [name]: file } }).success;
		expect(bad('script.exe', stub('application/octet-stream'))).toBe(false);
		expect(bad('rapport.pdf', stub('image/png'))).toBe(false);
		expect(bad('_design.pdf', stub('application/pdf'))).toBe(false);
		expect(bad('gros.pdf', { ...stub('application/pdf'), length: 6 * 1024 * 1024 })).toBe(false);
	});

	it('names and checks a file before it is written', () => {
		expect(achievementFileName('Rapport final.PDF')).toBe('Rapport-final.pdf');
		expect(achievementFileName('schéma/réseau:v2.png')).toBe('schema-reseau-v2.png');
		expect(achievementFileName('_caché.txt')).toBe('cache.txt');
		expect(achievementFileName('virus.exe')).toBeNull();
		expect(achievementFileProblem({ name: 'a.pdf', size: 6 * 1024 * 1024 }, [])).toBe(
			'a.pdf : fichier trop volumineux (5 Mo au maximum).'
		);
		expect(achievementFileProblem({ name: 'a.exe', size: 10 }, [])).toMatch(/non accepté/);
		expect(achievementFileProblem({ name: 'a.pdf', size: 10 }, [])).toBeNull();
	});
});
