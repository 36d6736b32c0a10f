import {
	couchMeta,
	emptyToUndefined,
	instant,
	option,
	requiredText,
	schemaVersion,
	trainingYear,
	z
} from './common.ts';

/** What the student types in the profile form. */
export const profileInputSchema = z.object({
	firstName: requiredText('Prénom', 100),
	lastName: requiredText('Nom', 100),
	className: z.preprocess(emptyToUndefined, requiredText('Classe', 60).optional()),
	option,
	trainingYear: z.preprocess(
		(value) => (typeof value === 'string' && value !== '' ? Number(value) : value),
		trainingYear
	),
	// The header of the E4 tableau de synthèse (filled once, all optional).
	candidateNumber: z.preprocess(emptyToUndefined, requiredText('N° candidat', 30).optional()),
	trainingCentre: z.preprocess(
		emptyToUndefined,
		requiredText('Centre de formation', 200).optional()
	),
	sessionYear: z.preprocess(
		(value) =>
			typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value,
		z
			.number({ error: 'Session : année attendue (ex. 2027).' })
			.int({ error: 'Session : année attendue (ex. 2027).' })
			.min(2020, { error: 'Session : année attendue (ex. 2027).' })
			.max(2100, { error: 'Session : année attendue (ex. 2027).' })
			.optional()
	),
	portfolioUrl: z.preprocess(
		emptyToUndefined,
		z
			.url({
				protocol: /^https?$/,
				error: 'Adresse du portfolio : adresse web (https://…) attendue.'
			})
			.max(2000, { error: 'Adresse du portfolio : 2 000 caractères au maximum.' })
			.optional()
	)
});

export const profileSchema = z.object({
	_id: z.literal('profile', { error: 'Identifiant de profil invalide.' }),
	...couchMeta,
	type: z.literal('profile'),
	schemaVersion,
	...profileInputSchema.shape,
	updatedAt: instant()
});

export type ProfileInput = z.input<typeof profileInputSchema>;
export type Profile = z.infer<typeof profileSchema>;
