/**
 * The pixel work of the pipeline, the same in the worker and on the main thread: decode straight
 * to the final size (the browser resizes while decoding, so a 48 MP iPhone photo never becomes a
 * full-size canvas, which Safari caps at 16.7 MP), honour the EXIF orientation, re-encode as JPEG
 * within the size budget, make the thumbnail, hash the image bytes.
 *
 * Assumes the caller already refused non-images and oversized files (see process-photo.ts).
 * Throws PhotoError 'corrupt' or 'unsupported' when the browser cannot decode the bytes.
 */
import type { ImageHeader } from './image-header.ts';
import { PhotoError } from './photo-error.ts';
import { checkDimensions, fitWithin, PHOTO_LIMITS } from './photo-limits.ts';
import type { SurfaceFactory } from './photo-surface.ts';
import { burnRedactions, type Redaction } from './redact.ts';

export interface ProcessedPhoto {
	image: Blob;
	thumb: Blob;
	width: number;
	height: number;
	/** Lower-case hex SHA-256 of the bytes of `image`. */
	sha256: string;
	/** Size of `image` in bytes. */
	bytes: number;
}

interface Size {
	width: number;
	height: number;
}

/** Formats a browser may legitimately not know, as opposed to a damaged file. */
const MAYBE_UNSUPPORTED = new Set(['heic', 'avif', 'tiff']);

async function decode(source: ImageBitmapSource, format: string, resize?: Size) {
	const options: ImageBitmapOptions = { imageOrientation: 'from-image' };
	if (resize) {
		Object.assign(options, {
			resizeWidth: resize.width,
			resizeHeight: resize.height,
			resizeQuality: 'high'
		});
	}
	try {
		return await createImageBitmap(source, options);
	} catch {
		throw new PhotoError(MAYBE_UNSUPPORTED.has(format) ? 'unsupported' : 'corrupt');
	}
}

/** Target size from the header when it tells the stored size, else from one full decode. */
async function decodeResized(file: Blob, header: ImageHeader): Promise<ImageBitmap> {
	if (header.width && header.height) {
		const turned = header.orientation >= 5; // orientations 5–8 swap width and height
		const oriented = turned
			? { width: header.height, height: header.width }
			: { width: header.width, height: header.height };
		const target = fitWithin(oriented.width, oriented.height, PHOTO_LIMITS.imageLongSide);
		const bitmap = await decode(file, header.format, target);
		if (bitmap.width === target.width && bitmap.height === target.height) return bitmap;
		// The browser ignored or misapplied the resize options: the canvas will scale instead.
		bitmap.close();
	}
	const full = await decode(file, header.format);
	checkDimensions(full);
	const target = fitWithin(full.width, full.height, PHOTO_LIMITS.imageLongSide);
	const resized = await createImageBitmap(full, {
		resizeWidth: target.width,
		resizeHeight: target.height,
		resizeQuality: 'high'
	}).catch(() => full);
	if (resized !== full) full.close();
	return resized;
}

/** The largest, best-quality JPEG within the byte budget (or the smallest tried, if none fits). */
async function encodeWithinBudget(bitmap: ImageBitmap, newSurface: SurfaceFactory) {
	let last: { image: Blob; size: Size } | undefined;
	for (const longSide of PHOTO_LIMITS.imageLongSides) {
		const size = fitWithin(bitmap.width, bitmap.height, longSide);
		if (last && size.width === last.size.width) continue; // a small photo: same size again
		const surface = newSurface(size.width, size.height);
		surface.draw(bitmap);
		for (const quality of PHOTO_LIMITS.imageQualities) {
			last = { image: await surface.encodeJpeg(quality), size };
			if (last.image.size <= PHOTO_LIMITS.maxImageBytes) return last;
		}
	}
	if (!last) throw new Error('no image size to try'); // imageLongSides is never empty
	return last;
}

async function makeThumb(bitmap: ImageBitmap, size: Size, newSurface: SurfaceFactory) {
	const target = fitWithin(size.width, size.height, PHOTO_LIMITS.thumbLongSide);
	const small = await createImageBitmap(bitmap, {
		resizeWidth: target.width,
		resizeHeight: target.height,
		resizeQuality: 'high'
	});
	try {
		const surface = newSurface(target.width, target.height);
		surface.draw(small);
		return await surface.encodeJpeg(PHOTO_LIMITS.thumbQuality);
	} finally {
		small.close();
	}
}

export async function sha256Hex(blob: Blob): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function renderPhoto(
	file: Blob,
	header: ImageHeader,
	newSurface: SurfaceFactory,
	redactions: readonly Redaction[] = []
): Promise<ProcessedPhoto> {
	// Redacted on the resized bitmap, before any encoding: image and thumbnail derive from it.
	const decoded = await burnRedactions(await decodeResized(file, header), redactions);
	try {
		const { image, size } = await encodeWithinBudget(decoded, newSurface);
		const thumb = await makeThumb(decoded, size, newSurface);
		return { image, thumb, ...size, sha256: await sha256Hex(image), bytes: image.size };
	} finally {
		decoded.close();
	}
}
