/**
 * Schemas of the référentiel files in `referentiel/*.json`. They are checked by the tests (and can
 * be by any tool), not at run time: the app reads the JSON as is, so the home page does not pay
 * for parsing data that cannot change between releases.
 *
 * Id scheme (see referentiel/README.md): activities `1.1`, `A2.3`, `B3.5`; sub-activities append
 * their rank (`1.2.3`, `B2.1.10`); competences are `C` + the id of the activity they correspond
 * to (`C1.1`, `CA2.1`), sub-competences append their rank (`C1.1.6`).
 */
import { z } from 'zod';

export const referentielOption = z.enum(['common', 'SISR', 'SLAM']);
export const blocId = z.enum(['1', '2A', '2B', '3']);

/** A label copied from the seed: no leading, trailing or doubled spaces (line breaks only in lists). */
const label = z
	.string()
	.min(1)
	.refine((s) => s === s.trim() && !/ {2}|\t| \n|\n /.test(s), {
		error: 'Label must be trimmed, with single spaces.'
	});

const ACTIVITY_ID = /^([AB]?)([1-3])\.([1-6])$/;
const COMPETENCE_ID = /^C([AB]?[1-3]\.[1-6])$/;

const letterOption = { '': 'common', A: 'SISR', B: 'SLAM' } as const;

export const blocSchema = z.object({
	id: blocId,
	number: z.union([z.literal(1), z.literal(2), z.literal(3)]),
	option: referentielOption,
	label
});

const rankedItem = z.object({ id: z.string(), label });

/** Children ids are the parent id plus their 1-based rank, in order. */
function checkRanks(parentId: string, items: { id: string }[], ctx: z.RefinementCtx, key: string) {
	items.forEach((item, i) => {
		if (item.id !== `${parentId}.${i + 1}`) {
			ctx.addIssue({
				code: 'custom',
				message: `${item.id} should be ${parentId}.${i + 1}`,
				path: [key, i]
			});
		}
	});
}

export const activitySchema = z
	.object({
		id: z.string().regex(ACTIVITY_ID),
		bloc: blocId,
		blocNumber: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		option: referentielOption,
		label,
		subActivities: z.array(rankedItem).min(1)
	})
	.superRefine((a, ctx) => {
		const [, letter = '', bloc] = ACTIVITY_ID.exec(a.id) ?? [];
		if (Number(bloc) !== a.blocNumber) ctx.addIssue({ code: 'custom', message: 'blocNumber' });
		if (letterOption[letter as keyof typeof letterOption] !== a.option) {
			ctx.addIssue({ code: 'custom', message: `option of ${a.id}` });
		}
		checkRanks(a.id, a.subActivities, ctx, 'subActivities');
	});

export const competenceSchema = z
	.object({
		id: z.string().regex(COMPETENCE_ID),
		bloc: blocId,
		blocNumber: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		option: referentielOption,
		label,
		activityIds: z.array(z.string().regex(ACTIVITY_ID)).min(1),
		subCompetences: z.array(rankedItem).min(1),
		indicators: z.array(label).min(1)
	})
	.superRefine((c, ctx) => checkRanks(c.id, c.subCompetences, ctx, 'subCompetences'));

function uniqueIds(ids: string[], ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${id}` });
		seen.add(id);
	}
}

const version = z.string().regex(/^sio-\d{4}\.\d+$/);

export const activitiesFileSchema = z
	.object({
		version,
		source: z.string().min(1),
		blocs: z.array(blocSchema).length(4),
		activities: z.array(activitySchema).min(1)
	})
	.superRefine((file, ctx) => {
		uniqueIds(
			file.activities.flatMap((a) => [a.id, ...a.subActivities.map((s) => s.id)]),
			ctx
		);
		uniqueIds(
			file.blocs.map((b) => b.id),
			ctx
		);
		for (const a of file.activities) {
			const bloc = file.blocs.find((b) => b.id === a.bloc);
			const fits =
				bloc?.number === a.blocNumber && (bloc.option === 'common' || bloc.option === a.option);
			if (!fits) ctx.addIssue({ code: 'custom', message: `bloc of ${a.id}` });
		}
	});

export const competencesFileSchema = z
	.object({
		version,
		source: z.string().min(1),
		competences: z.array(competenceSchema).min(1)
	})
	.superRefine((file, ctx) =>
		uniqueIds(
			file.competences.flatMap((c) => [c.id, ...c.subCompetences.map((s) => s.id)]),
			ctx
		)
	);

const weeks = z.number().int().min(1).max(52);

export const stageRulesSchema = z.strictObject({
	version,
	source: z.string().min(1),
	totalWeeks: weeks,
	year1: z.strictObject({ minConsecutiveWeeks: weeks, maxConsecutiveWeeks: weeks }),
	year2: z.strictObject({ minConsecutiveWeeks: weeks, maxConsecutiveWeeks: weeks }),
	extensionWeeksInHolidays: weeks,
	reduced: z.strictObject({ minTotalWeeks: weeks, minConsecutiveWeeksYear2: weeks }),
	quotes: z.strictObject({ duration: label, reduced: label })
});

export const examSchema = z.object({
	version,
	source: z.string().min(1),
	diploma: z.object({ title: label, sourceText: label, name: label }),
	options: z
		.array(
			z.object({ id: z.enum(['SISR', 'SLAM']), letter: z.enum(['A', 'B']), name: label, label })
		)
		.length(2),
	portfolioExam: z.object({
		number: z.string().regex(/^E\d$/),
		unit: z.string().regex(/^U\d$/),
		title: label,
		heading: label,
		form: label,
		competenceBloc: blocId,
		synthesisTable: label,
		quotes: z.object({ synthesisTable: label, coverage: label, attestations: label })
	})
});

export type ReferentielOption = z.infer<typeof referentielOption>;
export type StudentOption = Exclude<ReferentielOption, 'common'>;
export type BlocId = z.infer<typeof blocId>;
export type Bloc = z.infer<typeof blocSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type SubActivity = Activity['subActivities'][number];
export type Competence = z.infer<typeof competenceSchema>;
export type SubCompetence = Competence['subCompetences'][number];
export type ActivitiesFile = z.infer<typeof activitiesFileSchema>;
export type CompetencesFile = z.infer<typeof competencesFileSchema>;
export type StageRules = z.infer<typeof stageRulesSchema>;
export type Exam = z.infer<typeof examSchema>;
