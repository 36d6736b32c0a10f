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

const jpeg = z.literal('image/jpeg', { error: 'Seules les images JPEG sont stockées.' });

/** Shapes of PouchDB/CouchDB attachments: a stub when read, the data when written or fetched. */
const attachment = z.union(
	[
		z.object({
			content_type: jpeg,
			digest: z.string(),
			length: z.number().int().nonnegative(),
			revpos: z.number().int().optional(),
			stub: z.literal(true)
		}),
		z.object({
			content_type: jpeg,
			digest: z.string().optional(),
			// Base64 string, Blob in the browser, Buffer in Node (the types PouchDB declares).
			data: z.custom<string | Blob | Buffer>(
				(value) =>
					typeof value === 'string' ||
					value instanceof Uint8Array ||
					(typeof Blob !== 'undefined' && value instanceof Blob),
				{ error: 'Pièce jointe illisible.' }
			)
		})
	],
	{ error: 'Pièce jointe invalide : une image JPEG est attendue.' }
);

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
		/** Regions were blacked out on the device before storing (the original was never kept). */
		redacted: z.boolean().optional(),
		createdAt: instant(),
		deleted: z.boolean().optional(),
		// Both images travel together; a document listed without them (rare) stays valid.
		_attachments: z.object({ 'image.jpg': attachment, 'thumb.jpg': attachment }).optional()
	})
	.refine((photo) => photo._id.slice(6, 16) === photo.date, {
		error: 'La date de la photo ne correspond pas à son identifiant.',
		path: ['date']
	});

export type Photo = z.infer<typeof photoSchema>;
