/**
 * The wording of the E4 tableau de synthèse (header, columns, groups of rows), read from
 * `referentiel/synthesis-table.json`: it comes from the model annexed to the national exam
 * circular, not from the arrêté, so it is data that a new circular can change without code.
 */
import tableJson from '../../../../referentiel/synthesis-table.json' with { type: 'json' };
import { z } from 'zod';

export const SYNTHESE_GROUPS = ['training', 'workplace-year-1', 'workplace-year-2'] as const;
export type SyntheseGroupId = (typeof SYNTHESE_GROUPS)[number];

export const synthesisTableSchema = z.object({
	version: z.string().regex(/^sio-2022\.\d+$/),
	source: z.string().min(1),
	sessionTitle: z.string().includes('{diploma}').includes('{year}'),
	headerLabels: z.object({
		name: z.string().min(1),
		candidateNumber: z.string().min(1),
		trainingCentre: z.string().min(1),
		option: z.string().min(1),
		portfolioUrl: z.string().min(1)
	}),
	columns: z.object({
		achievement: z.string().min(1),
		period: z.string().min(1),
		competences: z.string().min(1)
	}),
	groups: z
		.array(z.object({ id: z.enum(SYNTHESE_GROUPS), label: z.string().min(1) }))
		.length(SYNTHESE_GROUPS.length),
	tick: z.string().min(1),
	periodSeparator: z.string().min(1)
});

export type SynthesisTableLabels = z.infer<typeof synthesisTableSchema>;

/** Trusted like the rest of `referentiel/` (the spec parses it with the schema above). */
export const synthesisTable = tableJson as SynthesisTableLabels;
