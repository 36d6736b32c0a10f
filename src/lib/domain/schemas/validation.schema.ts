/**
 * A teacher's validation of an achievement: immutable, bound to the digest of the content it
 * validated (`achievementDigest` in `domain/portfolio/`), so an edit made afterwards shows as
 * « modifié après validation ». A new validation is a new document.
 */
import {
	couchMeta,
	freeText,
	idPattern,
	instant,
	INSTANT_PATTERN,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	z
} from './common.ts';
import { achievementRef } from './achievement.schema.ts';

export const validationSchema = z
	.object({
		_id: idPattern(
			`validation:(achievement:${INSTANT_PATTERN}:${RAND_PATTERN}):(${INSTANT_PATTERN}):${RAND_PATTERN}`,
			'Identifiant de validation invalide.'
		),
		...couchMeta,
		type: z.literal('validation'),
		schemaVersion,
		achievementId: achievementRef,
		validatorRole: z.literal('teacher', { error: 'Seul·e un·e professeur·e valide.' }),
		validatorId: z.string().min(1).max(100),
		validatorName: requiredText('Nom du ou de la professeur·e', 200),
		comment: freeText('Commentaire', 5000),
		/** SHA-256 (hex) of the achievement content validated. */
		digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Empreinte invalide.' }),
		validatedAt: instant()
	})
	.refine(
		(validation) =>
			validation._id.startsWith(
				`validation:${validation.achievementId}:${validation.validatedAt}:`
			),
		{
			error: 'L’identifiant de la validation ne correspond pas à sa réalisation ou à sa date.',
			path: ['_id']
		}
	);

export type Validation = z.infer<typeof validationSchema>;
