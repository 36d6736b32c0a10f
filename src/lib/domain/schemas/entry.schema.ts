import {
	activityId,
	couchMeta,
	DATE_PATTERN,
	freeText,
	idPattern,
	instant,
	isoDate,
	RAND_PATTERN,
	schemaVersion,
	stageRef,
	z
} from './common.ts';

export const ENTRY_TEXT_MAX = 20_000;
/** A day has 24 hours; more is a typing error. */
export const ENTRY_MINUTES_MAX = 24 * 60;

/** The fields the student edits on an entry (the draft patches a subset of them). */
export const entryFieldsSchema = z.object({
	text: freeText('Texte', ENTRY_TEXT_MAX),
	minutes: z
		.number({ error: 'Temps passé : nombre de minutes attendu.' })
		.int({ error: 'Temps passé : nombre entier de minutes attendu.' })
		.min(0, { error: 'Temps passé : il ne peut pas être négatif.' })
		.max(ENTRY_MINUTES_MAX, { error: 'Temps passé : 24 heures au maximum par jour.' }),
	activityIds: z
		.array(activityId)
		.max(40, { error: 'Activités : 40 au maximum.' })
		.refine((ids) => new Set(ids).size === ids.length, { error: 'Activité cochée deux fois.' }),
	tools: z
		.array(
			z
				.string()
				.trim()
				.min(1, { error: 'Outil : nom vide.' })
				.max(100, { error: 'Outil : 100 caractères au maximum.' })
		)
		.max(50, { error: 'Outils : 50 au maximum.' }),
	difficulties: freeText('Difficultés', 5000),
	learned: freeText('Ce que j’ai appris', 5000),
	confidential: z.boolean()
});

export const entryIdPattern = `entry:(${DATE_PATTERN}):${RAND_PATTERN}`;

export const entrySchema = z
	.object({
		_id: idPattern(entryIdPattern, 'Identifiant d’entrée invalide.'),
		...couchMeta,
		type: z.literal('entry'),
		schemaVersion,
		stageId: stageRef,
		date: isoDate(),
		...entryFieldsSchema.shape,
		createdAt: instant(),
		updatedAt: instant(),
		deleted: z.boolean().optional()
	})
	.refine((entry) => entry._id.slice(6, 16) === entry.date, {
		error: 'La date de l’entrée ne correspond pas à son identifiant.',
		path: ['date']
	});

export type EntryFields = z.infer<typeof entryFieldsSchema>;
export type Entry = z.infer<typeof entrySchema>;
