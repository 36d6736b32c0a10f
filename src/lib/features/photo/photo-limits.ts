import { PhotoError } from './photo-error.ts';

const IMAGE_LONG_SIDE = 1920;

/** Tuning of the photo pipeline, in one place so the bench and the tests read the same numbers. */
export const PHOTO_LIMITS = {
	/** Refused before anything is read: no phone camera produces a bigger JPEG. */
	maxFileBytes: 40 * 1024 * 1024,
	/** Refused before decoding: a 200 MP bitmap would exhaust a phone's memory. */
	maxPixels: 200_000_000,
	maxSide: 30_000,
	/** Long side of the stored image; smaller photos are never upscaled. */
	imageLongSide: IMAGE_LONG_SIDE,
	thumbLongSide: 320,
	/** Budget for one stored image (sync over a poor connection, IndexedDB quota). */
	maxImageBytes: 400 * 1024,
	/**
	 * Tried in order, quality within size, until the image fits the budget. Real photos fit at
	 * 1920 px and 0.8; the smaller sizes are for pathological content (high-ISO noise, gravel).
	 */
	imageQualities: [0.8, 0.7, 0.6, 0.5],
	imageLongSides: [IMAGE_LONG_SIDE, 1600, 1280, 960],
	thumbQuality: 0.72
} as const;

/** Output size for a long side limit, keeping the aspect ratio and never upscaling. */
export function fitWithin(width: number, height: number, longSide: number) {
	const scale = Math.min(1, longSide / Math.max(width, height));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

/** Throws PhotoError 'too-large' for sizes no phone produces (and no phone could decode). */
export function checkDimensions({ width, height }: { width: number; height: number }): void {
	if (width * height > PHOTO_LIMITS.maxPixels || Math.max(width, height) > PHOTO_LIMITS.maxSide) {
		throw new PhotoError('too-large', 'Cette image est trop grande (plus de 200 mégapixels).');
	}
}
