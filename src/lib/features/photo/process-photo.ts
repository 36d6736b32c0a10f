/**
 * Turns a photo chosen or taken on the phone into what the journal stores: a JPEG whose long
 * side is at most 1920 px (never upscaled), under 400 KB (quality, then for pathological content
 * the size, is lowered until it fits), upright (EXIF orientation applied),
 * with no metadata left (no EXIF, GPS or XMP: the pixels are re-encoded through a canvas), a
 * 320 px thumbnail and the SHA-256 of the image bytes. Everything happens on the device; nothing
 * is fetched from the network.
 *
 * The pixel work runs in a Web Worker with OffscreenCanvas, or on the main thread with a
 * <canvas> where that is not available. Load this module on demand:
 * `const { processPhoto } = await import('$lib/features/photo/process-photo');`
 */
import { HEADER_BYTES, readImageHeader, type ImageHeader } from './image-header.ts';
import { PhotoError } from './photo-error.ts';
import { checkDimensions, PHOTO_LIMITS } from './photo-limits.ts';
import { domSurface } from './photo-surface.ts';
import { processInWorker } from './photo-worker-client.ts';
import { renderPhoto, type ProcessedPhoto } from './render-photo.ts';
import { cleanRedactions, type Redaction } from './redact-geometry.ts';

export { PhotoError, PHOTO_MESSAGES, type PhotoErrorCode } from './photo-error.ts';
export type { ProcessedPhoto } from './render-photo.ts';
export type { Redaction } from './redact-geometry.ts';

/**
 * Refuses what must not be decoded, reading only the first bytes. The bytes decide, not the name
 * or the MIME type: a text file renamed `.jpg` arrives typed `image/jpeg`, and some phones give
 * real photos an empty type.
 */
async function inspect(file: Blob): Promise<ImageHeader> {
	if (file.size > PHOTO_LIMITS.maxFileBytes) throw new PhotoError('too-large');
	const bytes = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
	const header = readImageHeader(bytes);
	if (!header) {
		// SVG is an image to the student, but a document to the browser: say it is not supported.
		throw new PhotoError(file.type === 'image/svg+xml' ? 'unsupported' : 'not-an-image');
	}
	if (header.width !== null && header.height !== null) {
		if (header.width === 0 || header.height === 0) throw new PhotoError('corrupt');
		checkDimensions({ width: header.width, height: header.height });
	}
	return header;
}

/**
 * @throws PhotoError 'not-an-image' (not an image by its bytes), 'too-large' (over 40 MB or
 * absurd dimensions), 'corrupt' (cannot be decoded), 'unsupported' (format or browser cannot do it).
 */
export async function processPhoto(
	file: Blob,
	options: { redactions?: readonly Redaction[] } = {}
): Promise<ProcessedPhoto> {
	if (typeof createImageBitmap !== 'function') throw new PhotoError('unsupported');
	const header = await inspect(file);
	const redactions = cleanRedactions(options.redactions ?? []);
	const fromWorker = await processInWorker(file, header, redactions);
	return fromWorker ?? renderPhoto(file, header, domSurface, redactions);
}
