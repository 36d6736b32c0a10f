/**
 * A bilan intermédiaire (seed 001 annex III.B, seed 002): a meeting of the student, the tutor and
 * a teacher during or after a stage. One writer per document: whoever scheduled it (the student
 * or a teacher, `authorRole`/`authorId`) writes its notes, objectives and competences; the others
 * sign it (`signature` documents), never edit it. See docs/reviews.md.
 */
import {
	couchMeta,
	DATE_PATTERN,
	freeText,
	idPattern,
	instant,
	isoDate,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	stageRef,
	z
} from './common.ts';
import { competenceRef } from './achievement.schema.ts';

export const reviewRef = idPattern(`review:${DATE_PATTERN}:${RAND_PATTERN}`, 'Bilan inconnu.');

const participantName = (label: string) => freeText(label, 200).trim();

/** What the author fills in through the review form (the rest is set by the app). */
export const reviewInputSchema = z.object({
	scheduledDate: isoDate('Date du bilan invalide (format attendu : AAAA-MM-JJ).'),
	scheduledTime: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure du bilan invalide (HH:MM).' })
		.optional(),
	participants: z.object({
		student: requiredText('Nom de l’étudiant·e', 200),
		tutor: participantName('Nom du tuteur ou de la tutrice'),
		teacher: participantName('Nom du ou de la professeur·e')
	}),
	status: z.enum(['planned', 'held'], { error: 'État du bilan : prévu ou tenu.' }),
	notes: freeText('Ce qui a été dit', 10_000),
	objectives: z.array(requiredText('Objectif', 500)).max(20, { error: '20 objectifs au maximum.' }),
	competenceIds: z
		.array(competenceRef)
		.max(40, { error: '40 compétences au maximum.' })
		.refine((ids) => new Set(ids).size === ids.length, {
			error: 'Une compétence est choisie deux fois.'
		})
});

export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** The id keeps the date the review was first scheduled for (it only orders reviews). */
export const reviewSchema = z.object({
	_id: reviewRef,
	...couchMeta,
	type: z.literal('review'),
	schemaVersion,
	stageId: stageRef,
	authorRole: z.enum(['student', 'teacher'], {
		error: 'Un bilan est programmé par l’étudiant·e ou un·e professeur·e.'
	}),
	authorId: z.string().min(1).max(100),
	authorName: requiredText('Nom de l’auteur', 200),
	...reviewInputSchema.shape,
	createdAt: instant(),
	updatedAt: instant(),
	deleted: z.boolean().optional()
});

export type Review = z.infer<typeof reviewSchema>;
