/**
 * A professional achievement (réalisation professionnelle) of the E4 portfolio, written by the
 * student. Text fields may be empty while the student types (autosave stores every keystroke);
 * `achievementProblems` in `domain/portfolio/` says what is still missing for the exam file.
 */
import {
	couchMeta,
	entryRef,
	freeText,
	idPattern,
	instant,
	INSTANT_PATTERN,
	isoDate,
	RAND_PATTERN,
	schemaVersion,
	stageRef,
	trainingYear,
	z
} from './common.ts';

export const ACHIEVEMENT_TITLE_MAX = 200;
export const ACHIEVEMENT_DESCRIPTION_MAX = 20_000;

/** `formation`: en cours de formation (school work); `stage`: en milieu professionnel. */
export const ACHIEVEMENT_CONTEXTS = ['formation', 'stage'] as const;
export type AchievementContext = (typeof ACHIEVEMENT_CONTEXTS)[number];

/**
 * The kinds of situation the portfolio should contain (seed 004: « on trouvera au moins » a
 * project, incidents and assistance requests, documentation, technology watch). Their French
 * wording lives in `domain/portfolio/situation-kinds.ts`, quoted from the seed.
 */
export const SITUATION_KINDS = ['project', 'support', 'documentation', 'watch'] as const;
export type SituationKind = (typeof SITUATION_KINDS)[number];

/** Competence ids of the référentiel: `C1.2`, `CA2.1`, and sub-competences `C1.2.3`. */
export const competenceRef = z
	.string()
	.regex(/^C[AB]?[1-3]\.[1-6](\.\d{1,2})?$/, { error: 'Compétence du référentiel inconnue.' });

export const photoRef = z
	.string()
	.regex(/^photo:\d{4}-\d{2}-\d{2}:[a-z2-7]{10}$/, { error: 'Photo inconnue.' });

export const achievementRef = z
	.string()
	.regex(new RegExp(`^achievement:${INSTANT_PATTERN}:${RAND_PATTERN}$`), {
		error: 'Réalisation inconnue.'
	});

const unique = <T extends z.ZodType<string>>(item: T, max: number, label: string) =>
	z
		.array(item)
		.max(max, { error: `${label} : ${max} au maximum.` })
		.refine((ids) => new Set(ids).size === ids.length, { error: `${label} : doublon.` });

export const achievementLinkSchema = z.object({
	label: freeText('Libellé du lien', 200),
	url: z
		.url({ protocol: /^https?$/, error: 'Lien : adresse web (https://…) attendue.' })
		.max(2000, { error: 'Lien : 2 000 caractères au maximum.' })
});

/** The fields the student edits (the editor's draft patches a subset of them). */
export const achievementFieldsSchema = z.object({
	title: freeText('Intitulé', ACHIEVEMENT_TITLE_MAX),
	context: z.enum(ACHIEVEMENT_CONTEXTS, {
		error: 'Contexte : en cours de formation ou en milieu professionnel.'
	}),
	organisation: freeText('Organisation', 200),
	/** The stage it was lived in (context `stage`); its trainingYear wins over the field below. */
	stageId: stageRef.optional(),
	/** Year of training it belongs to (the tableau de synthèse groups stage rows by year). */
	trainingYear,
	startDate: isoDate('Début : date invalide (AAAA-MM-JJ).'),
	endDate: isoDate('Fin : date invalide (AAAA-MM-JJ).'),
	description: freeText('Description', ACHIEVEMENT_DESCRIPTION_MAX),
	links: z.array(achievementLinkSchema).max(30, { error: 'Liens : 30 au maximum.' }),
	photoIds: unique(photoRef, 30, 'Photos'),
	/** Bloc 1 sub-competences (`C1.1.5`, the columns of the tableau) and bloc 2/3 ones. */
	competenceIds: unique(competenceRef, 80, 'Compétences'),
	situationKinds: z
		.array(z.enum(SITUATION_KINDS, { error: 'Type de situation inconnu.' }))
		.refine((kinds) => new Set(kinds).size === kinds.length, {
			error: 'Type de situation : doublon.'
		}),
	entryIds: unique(entryRef, 200, 'Entrées du journal')
});

/**
 * Files attached to an achievement (productions: a PDF report, a diagram…), stored as CouchDB
 * attachments named by the file name. Small and of common document types only, so a journal
 * stays replicable on a phone; the gateway checks the size again (`server/proxy/write-guard.ts`).
 */
export const ACHIEVEMENT_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const ACHIEVEMENT_FILES_MAX = 10;
export const ACHIEVEMENT_FILE_TYPES: Readonly<Record<string, string>> = {
	pdf: 'application/pdf',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	txt: 'text/plain',
	csv: 'text/csv',
	odt: 'application/vnd.oasis.opendocument.text',
	ods: 'application/vnd.oasis.opendocument.spreadsheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};
/**
 * ASCII letters, digits and `._-`, an accepted extension: what the gateway lets through as an
 * attachment path (`server/proxy/couch-route.ts`), never a leading `_` (reserved by CouchDB).
 */
export const ACHIEVEMENT_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,89}\.([a-z]{3,4})$/;

const fileType = z.string().refine((type) => Object.values(ACHIEVEMENT_FILE_TYPES).includes(type), {
	error: 'Type de fichier non accepté (PDF, image, texte ou document bureautique).'
});

const fileAttachment = z.union(
	[
		z.object({
			content_type: fileType,
			digest: z.string(),
			length: z.number().int().nonnegative().max(ACHIEVEMENT_FILE_MAX_BYTES),
			revpos: z.number().int().optional(),
			stub: z.literal(true)
		}),
		z.object({
			content_type: fileType,
			digest: z.string().optional(),
			data: z.custom<string | Blob | Buffer>(
				(value) =>
					typeof value === 'string' ||
					value instanceof Uint8Array ||
					(typeof Blob !== 'undefined' && value instanceof Blob),
				{ error: 'Fichier illisible.' }
			)
		})
	],
	{ error: 'Fichier joint invalide.' }
);

export const achievementFilesSchema = z
	.record(
		z.string().regex(ACHIEVEMENT_FILE_NAME, {
			error: 'Nom de fichier non accepté (lettres sans accent, chiffres, « . », « _ », « - »).'
		}),
		fileAttachment
	)
	.refine((files) => Object.keys(files).length <= ACHIEVEMENT_FILES_MAX, {
		error: `Fichiers : ${ACHIEVEMENT_FILES_MAX} au maximum par réalisation.`
	})
	.refine(
		(files) =>
			Object.entries(files).every(
				([name, file]) =>
					ACHIEVEMENT_FILE_TYPES[ACHIEVEMENT_FILE_NAME.exec(name)?.[1] ?? ''] === file.content_type
			),
		{ error: 'Le type du fichier ne correspond pas à son extension.' }
	);

export const achievementIdPattern = `achievement:(${INSTANT_PATTERN}):${RAND_PATTERN}`;

export const achievementSchema = z
	.object({
		_id: idPattern(achievementIdPattern, 'Identifiant de réalisation invalide.'),
		...couchMeta,
		type: z.literal('achievement'),
		schemaVersion,
		...achievementFieldsSchema.shape,
		createdAt: instant(),
		updatedAt: instant(),
		deleted: z.boolean().optional(),
		_attachments: achievementFilesSchema.optional()
	})
	.superRefine((achievement, ctx) => {
		if (!achievement._id.startsWith(`achievement:${achievement.createdAt}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: 'L’identifiant de la réalisation ne correspond pas à sa date de création.'
			});
		}
		if (achievement.endDate < achievement.startDate) {
			ctx.addIssue({
				code: 'custom',
				path: ['endDate'],
				message: 'La fin de la période précède son début.'
			});
		}
	});

export type AchievementLink = z.infer<typeof achievementLinkSchema>;
export type AchievementFields = z.infer<typeof achievementFieldsSchema>;
export type Achievement = z.infer<typeof achievementSchema>;
