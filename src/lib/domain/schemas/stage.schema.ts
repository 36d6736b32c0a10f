import {
	couchMeta,
	DATE_PATTERN,
	emptyToUndefined,
	idPattern,
	instant,
	isoDate,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	trainingYear,
	z
} from './common.ts';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(emptyToUndefined, schema.optional());

/** Form fields arrive as strings: '' means "not given" (so defaults apply), '7,5' is 7.5. */
const toNumber = (value: unknown) => {
	if (typeof value !== 'string') return value;
	return value.trim() === '' ? undefined : Number(value.replace(',', '.'));
};

const stageFields = {
	organisation: z.object({
		name: requiredText('Organisation d’accueil', 200),
		address: optional(requiredText('Adresse', 500))
	}),
	tutor: z.object({
		name: requiredText('Tuteur·rice', 200),
		role: optional(requiredText('Fonction du tuteur·rice', 200)),
		email: optional(z.email({ error: 'Adresse e-mail du tuteur·rice invalide.' }).max(254)),
		phone: optional(
			z
				.string()
				.regex(/^[+0-9 ().-]{6,30}$/, { error: 'Numéro de téléphone du tuteur·rice invalide.' })
		)
	}),
	startDate: isoDate('Date de début invalide.'),
	endDate: isoDate('Date de fin invalide.'),
	trainingYear: z.preprocess(toNumber, trainingYear),
	conventionRef: optional(requiredText('Référence de la convention', 100)),
	objectives: optional(requiredText('Objectifs', 5000)),
	hoursPerDay: z.preprocess(
		toNumber,
		z
			.number({ error: 'Heures par jour : nombre attendu.' })
			.min(1, { error: 'Heures par jour : au moins 1.' })
			.max(12, { error: 'Heures par jour : 12 au maximum.' })
			.default(7)
	)
};

const datesOnly = z.object({ startDate: z.iso.date(), endDate: z.iso.date() });

/**
 * Dates compare as strings because they are YYYY-MM-DD; a one-day stage is allowed. `when` lets
 * the form show this message together with the others, as soon as both dates are valid.
 */
const endAfterStart: [
	(stage: { startDate: string; endDate: string }) => boolean,
	{ error: string; path: string[]; when: (payload: { value: unknown }) => boolean }
] = [
	(stage) => stage.endDate >= stage.startDate,
	{
		error: 'La date de fin doit être après la date de début.',
		path: ['endDate'],
		when: (payload: { value: unknown }) => datesOnly.safeParse(payload.value).success
	}
];

/** What the student types in the stage form. */
export const stageInputSchema = z.object(stageFields).refine(...endAfterStart);

export const stageSchema = z
	.object({
		// The start date in the id is the one at creation; it only orders stages, so a later change
		// of `startDate` does not change the id.
		_id: idPattern(`stage:${DATE_PATTERN}:${RAND_PATTERN}`, 'Identifiant de stage invalide.'),
		...couchMeta,
		type: z.literal('stage'),
		schemaVersion,
		...stageFields,
		createdAt: instant(),
		updatedAt: instant(),
		deleted: z.boolean().optional()
	})
	.refine(...endAfterStart);

export type StageInput = z.input<typeof stageInputSchema>;
export type Stage = z.infer<typeof stageSchema>;
