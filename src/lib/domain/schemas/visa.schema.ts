import {
	couchMeta,
	freeText,
	idPattern,
	instant,
	INSTANT_PATTERN,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	stageRef,
	weekRef,
	z
} from './common.ts';

/** A drawn signature stays small (a few tens of kB); the cap keeps documents replicable. */
export const SIGNATURE_MAX_CHARS = 300_000;

export const visaSchema = z
	.object({
		_id: idPattern(
			`visa:(week:[^:]+:${RAND_PATTERN}):(${INSTANT_PATTERN}):${RAND_PATTERN}`,
			'Identifiant de visa invalide.'
		),
		...couchMeta,
		type: z.literal('visa'),
		schemaVersion,
		weekId: weekRef,
		stageId: stageRef,
		signerRole: z.enum(['tutor', 'teacher'], {
			error: 'Signataire : tuteur·rice ou professeur·e.'
		}),
		signerId: z.string().min(1).max(100),
		signerName: requiredText('Nom du signataire', 200),
		decision: z.enum(['signed', 'changes_requested'], { error: 'Décision inconnue.' }),
		comment: freeText('Commentaire', 5000),
		signature: z
			.string()
			.startsWith('data:image/png;base64,', { error: 'La signature doit être une image PNG.' })
			.max(SIGNATURE_MAX_CHARS, { error: 'Signature trop volumineuse.' })
			.optional(),
		/** Optional appreciation grid filled by the signer (criterion → answer). */
		criteria: z
			.record(z.string().max(100), z.union([z.boolean(), z.string().max(1000)]))
			.optional(),
		digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Empreinte invalide.' }),
		covers: z
			.array(z.object({ id: z.string().min(1), rev: z.string().min(1) }))
			.min(1, { error: 'Un visa porte sur au moins un document.' }),
		signedAt: instant()
	})
	.superRefine((visa, ctx) => {
		if (!visa._id.startsWith(`visa:${visa.weekId}:${visa.signedAt}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: 'L’identifiant du visa ne correspond pas à sa semaine ou à sa date.'
			});
		}
		if (visa.decision === 'signed' && !visa.signature) {
			ctx.addIssue({
				code: 'custom',
				path: ['signature'],
				message: 'La signature est obligatoire.'
			});
		}
		if (visa.decision === 'changes_requested' && visa.comment.trim() === '') {
			ctx.addIssue({
				code: 'custom',
				path: ['comment'],
				message: 'Indiquez les modifications demandées.'
			});
		}
	});

export type Visa = z.infer<typeof visaSchema>;
