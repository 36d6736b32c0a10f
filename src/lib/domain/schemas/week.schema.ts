import { isValidDate, isoWeekday } from '../calendar/dates.ts';
import {
	couchMeta,
	DATE_PATTERN,
	freeText,
	idPattern,
	instant,
	RAND_PATTERN,
	schemaVersion,
	stageRef,
	z
} from './common.ts';

/** What the student writes at the end of the week. */
export const weekFieldsSchema = z.object({
	summary: freeText('Synthèse de la semaine', 10_000),
	difficulties: freeText('Difficultés', 5000),
	learned: freeText('Ce que j’ai appris', 5000)
});

const monday = z.string().refine((date) => isValidDate(date) && isoWeekday(date) === 1, {
	error: 'La semaine doit commencer un lundi.'
});

export const weekSchema = z
	.object({
		_id: idPattern(`week:${DATE_PATTERN}:${RAND_PATTERN}`, 'Identifiant de semaine invalide.'),
		...couchMeta,
		type: z.literal('week'),
		schemaVersion,
		stageId: stageRef,
		monday,
		...weekFieldsSchema.shape,
		status: z.enum(['draft', 'submitted'], { error: 'Statut de semaine inconnu.' }),
		submittedAt: instant().optional(),
		submittedDigest: z
			.string()
			.regex(/^[0-9a-f]{64}$/, { error: 'Empreinte invalide.' })
			.optional(),
		updatedAt: instant()
	})
	.superRefine((week, ctx) => {
		// `week:<monday>:<rand of the stage>`: the id names the week, so it must agree with it.
		if (week._id !== `week:${week.monday}:${week.stageId.slice(-10)}`) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: 'L’identifiant de la semaine ne correspond pas à son lundi ou à son stage.'
			});
		}
		if (week.status === 'submitted' && (!week.submittedAt || !week.submittedDigest)) {
			ctx.addIssue({
				code: 'custom',
				path: ['status'],
				message: 'Une semaine envoyée doit porter sa date d’envoi et son empreinte.'
			});
		}
	});

export type WeekFields = z.infer<typeof weekFieldsSchema>;
export type Week = z.infer<typeof weekSchema>;
