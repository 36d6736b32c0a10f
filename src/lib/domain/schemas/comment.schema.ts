import {
	couchMeta,
	idPattern,
	instant,
	INSTANT_PATTERN,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	z
} from './common.ts';

export const commentInputSchema = z.object({ text: requiredText('Commentaire', 5000) });

export const commentSchema = z
	.object({
		_id: idPattern(
			`comment:(.+):(${INSTANT_PATTERN}):${RAND_PATTERN}`,
			'Identifiant de commentaire invalide.'
		),
		...couchMeta,
		type: z.literal('comment'),
		schemaVersion,
		targetId: z.string().regex(/^(entry|photo|week|stage|achievement):/, {
			error:
				'Un commentaire porte sur une entrée, une photo, une semaine, un stage ou une réalisation.'
		}),
		authorRole: z.enum(['tutor', 'teacher'], { error: 'Auteur : tuteur·rice ou professeur·e.' }),
		authorId: z.string().min(1).max(100),
		authorName: requiredText('Nom de l’auteur', 200),
		...commentInputSchema.shape,
		createdAt: instant()
	})
	.refine(
		(comment) => comment._id.startsWith(`comment:${comment.targetId}:${comment.createdAt}:`),
		{
			error: 'L’identifiant du commentaire ne correspond pas à sa cible ou à sa date.',
			path: ['_id']
		}
	);

export type Comment = z.infer<typeof commentSchema>;
