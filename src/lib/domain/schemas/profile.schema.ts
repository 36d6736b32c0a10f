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
