/**
 * A tutor's or a teacher's signature of a document other than a week: a bilan intermédiaire
 * (`review`) or the end-of-stage attestation (`attestation`). Same rules as a visa: immutable,
 * written in the signer's own name, bound to the exact revision it signed (`covers`, one entry:
 * the target) and to the digest of its content (`signedContentDigest` in `domain/signature/`),
 * which the gateway recomputes from the stored revision. An edit of the target afterwards shows
 * as « modifié après signature »; a new signature is a new document.
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
	stageRef,
	z
} from './common.ts';
import { SIGNATURE_MAX_CHARS } from './visa.schema.ts';

/** The document types a `signature` may sign. */
export const SIGNED_TARGET_TYPES = ['review', 'attestation'] as const;
export type SignedTargetType = (typeof SIGNED_TARGET_TYPES)[number];

const TARGET_PATTERN = `(?:review|attestation):[A-Za-z0-9:._-]+`;

export const signatureSchema = z
	.object({
		_id: idPattern(
			`signature:(${TARGET_PATTERN}):(${INSTANT_PATTERN}):${RAND_PATTERN}`,
			'Identifiant de signature invalide.'
		),
		...couchMeta,
		type: z.literal('signature'),
		schemaVersion,
		targetType: z.enum(SIGNED_TARGET_TYPES, {
			error: 'On signe un bilan intermédiaire ou une attestation de stage.'
		}),
		targetId: idPattern(TARGET_PATTERN, 'Document signé inconnu.'),
		/** The stage of the target: a tutor invited by a link signs only for that stage. */
		stageId: stageRef,
		signerRole: z.enum(['tutor', 'teacher'], {
			error: 'Signataire : tuteur·rice ou professeur·e.'
		}),
		signerId: z.string().min(1).max(100),
		signerName: requiredText('Nom du signataire', 200),
		comment: freeText('Commentaire', 5000),
		signature: z
			.string({ error: 'La signature est obligatoire.' })
			.startsWith('data:image/png;base64,', { error: 'La signature doit être une image PNG.' })
			.max(SIGNATURE_MAX_CHARS, { error: 'Signature trop volumineuse.' }),
		/** SHA-256 (hex) of the canonical content of the covered revision. */
		digest: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Empreinte invalide.' }),
		covers: z
			.array(z.object({ id: z.string().min(1), rev: z.string().min(1) }))
			.length(1, { error: 'Une signature porte sur exactement un document.' }),
		signedAt: instant()
	})
	.superRefine((doc, ctx) => {
		if (!doc._id.startsWith(`signature:${doc.targetId}:${doc.signedAt}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: 'L’identifiant de la signature ne correspond pas à son document ou à sa date.'
			});
		}
		if (!doc.targetId.startsWith(`${doc.targetType}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['targetType'],
				message: 'Le type du document signé ne correspond pas à son identifiant.'
			});
		}
		if (doc.covers[0] && doc.covers[0].id !== doc.targetId) {
			ctx.addIssue({
				code: 'custom',
				path: ['covers'],
				message: 'La signature doit porter sur le document qu’elle nomme.'
			});
		}
	});

export type Signature = z.infer<typeof signatureSchema>;
