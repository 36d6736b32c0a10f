import {
	couchMeta,
	DATE_PATTERN,
	entryRef,
	freeText,
	idPattern,
	instant,
	isoDate,
	RAND_PATTERN,
	schemaVersion,
	stageRef,
	z
} from './common.ts';

export const PHOTO_CAPTION_MAX = 500;
/** Long side of the stored image and of its thumbnail, in pixels. */
export const PHOTO_MAX_SIDE = 1920;
export const THUMB_SIDE = 320;

const attachment = z.object({
	content_type: z.literal('image/jpeg', { error: 'Seules les images JPEG sont stockées.' }),
	// Stubs (`stub: true`, `digest`, `length`) when read without attachments, data when written.
	data: z.unknown().optional(),
	digest: z.string().optional(),
	length: z.number().int().nonnegative().optional(),
	revpos: z.number().int().optional(),
	stub: z.boolean().optional()
});

export const photoSchema = z
	.object({
		_id: idPattern(`photo:(${DATE_PATTERN}):${RAND_PATTERN}`, 'Identifiant de photo invalide.'),
		...couchMeta,
		type: z.literal('photo'),
		schemaVersion,
		entryId: entryRef,
		stageId: stageRef,
		date: isoDate(),
		caption: freeText('Légende', PHOTO_CAPTION_MAX),
		sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Empreinte SHA-256 invalide.' }),
		width: z.number().int().min(1).max(PHOTO_MAX_SIDE),
		height: z.number().int().min(1).max(PHOTO_MAX_SIDE),
		bytes: z.number().int().min(1).max(20_000_000),
		confidential: z.boolean(),
		createdAt: instant(),
		deleted: z.boolean().optional(),
		_attachments: z
			.object({ 'image.jpg': attachment, 'thumb.jpg': attachment })
			.partial()
			.optional()
	})
	.refine((photo) => photo._id.slice(6, 16) === photo.date, {
		error: 'La date de la photo ne correspond pas à son identifiant.',
		path: ['date']
	});

export type Photo = z.infer<typeof photoSchema>;
