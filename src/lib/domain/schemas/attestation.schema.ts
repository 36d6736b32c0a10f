/**
 * The attestation de stage (seed 001 annex III.B: « Elle précise les dates, la durée et le contenu
 * du stage », on the model of the national exam circular): a snapshot the student prepares from a
 * stage for the host organisation to sign. Written by the student only; the tutor signs it with a
 * `signature` document bound to one revision, so any edit afterwards shows and asks for a new
 * signature.
 *
 * Data minimisation: the date of birth and the postal address of the intern are asked only here,
 * optional, and never copied into the profile.
 */
import {
	couchMeta,
	DATE_PATTERN,
	emptyToUndefined,
	freeText,
	idPattern,
	instant,
	isoDate,
	RAND_PATTERN,
	requiredText,
	schemaVersion,
	stageRef,
	z,
	activityId
} from './common.ts';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(emptyToUndefined, schema.optional());

/** `attestation:<start date of the stage>:<rand of the stage>:<rand>`: sorts with its stage. */
export const attestationIdPattern = `attestation:(${DATE_PATTERN}):(${RAND_PATTERN}):${RAND_PATTERN}`;

/** A day the intern was absent, with the hours missed (a whole day: the stage's hours per day). */
export const absenceSchema = z.object({
	date: isoDate('Absence : date invalide (AAAA-MM-JJ).'),
	hours: z
		.number({ error: 'Absence : nombre d’heures attendu.' })
		.gt(0, { error: 'Absence : plus de 0 heure.' })
		.max(12, { error: 'Absence : 12 heures au maximum par jour.' })
});

/** What the student edits on the attestation page. */
export const attestationFieldsSchema = z.object({
	organisation: z.object({
		name: requiredText('Organisme d’accueil', 200),
		address: optional(requiredText('Adresse de l’organisme d’accueil', 500)),
		representative: optional(requiredText('Représentant de l’organisme d’accueil', 200)),
		representativeRole: optional(requiredText('Fonction du représentant', 200))
	}),
	intern: z.object({
		lastName: requiredText('Nom', 100),
		firstName: requiredText('Prénom', 100),
		birthDate: optional(isoDate('Date de naissance invalide (AAAA-MM-JJ).')),
		address: optional(requiredText('Adresse du stagiaire', 500)),
		email: optional(z.email({ error: 'Adresse e-mail du stagiaire invalide.' }).max(254))
	}),
	training: requiredText('Formation', 300),
	// May stay empty while the student prepares it; the page and the PDF say it is missing.
	school: freeText('Établissement d’enseignement', 300),
	startDate: isoDate('Date de début invalide.'),
	endDate: isoDate('Date de fin invalide.'),
	absences: z.array(absenceSchema).max(100, { error: 'Absences : 100 jours au maximum.' }),
	/** Référentiel activities practised (from the journal's entries, the student may untick). */
	activityIds: z
		.array(activityId)
		.max(60, { error: 'Activités : 60 au maximum.' })
		.refine((ids) => new Set(ids).size === ids.length, { error: 'Activités : doublon.' }),
	/** Free text added to the activities (tasks in the organisation's own words). */
	contentNotes: freeText('Précisions sur le contenu du stage', 3000),
	/** « 4,35 € de l’heure », empty when there was none. */
	gratification: freeText('Gratification', 300)
});

export const attestationSchema = z
	.object({
		_id: idPattern(attestationIdPattern, 'Identifiant d’attestation invalide.'),
		...couchMeta,
		type: z.literal('attestation'),
		schemaVersion,
		stageId: stageRef,
		...attestationFieldsSchema.shape,
		createdAt: instant(),
		updatedAt: instant(),
		deleted: z.boolean().optional()
	})
	.superRefine((doc, ctx) => {
		const stageKey = doc.stageId.slice('stage:'.length);
		if (!doc._id.startsWith(`attestation:${stageKey}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: 'L’identifiant de l’attestation ne correspond pas à son stage.'
			});
		}
		if (doc.endDate < doc.startDate) {
			ctx.addIssue({
				code: 'custom',
				path: ['endDate'],
				message: 'La date de fin précède la date de début.'
			});
		}
		const dates = doc.absences.map((a) => a.date);
		if (new Set(dates).size !== dates.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['absences'],
				message: 'Absences : une date en double.'
			});
		}
		if (dates.some((d) => d < doc.startDate || d > doc.endDate)) {
			ctx.addIssue({
				code: 'custom',
				path: ['absences'],
				message: 'Absences : une date est en dehors du stage.'
			});
		}
	});

export type Absence = z.infer<typeof absenceSchema>;
export type AttestationFields = z.infer<typeof attestationFieldsSchema>;
export type Attestation = z.infer<typeof attestationSchema>;
