/**
 * A small canvas to draw an already-resized bitmap on and encode it as JPEG: an
 * OffscreenCanvas in a worker, a detached <canvas> on the main thread. Drawing through a canvas
 * is also what strips every metadata segment (EXIF, GPS, XMP) from the output.
 */
import { PhotoError } from './photo-error.ts';

export interface PhotoSurface {
	/** Paints the bitmap scaled to the surface, over white (JPEG has no transparency). */
	draw(bitmap: ImageBitmap): void;
	encodeJpeg(quality: number): Promise<Blob>;
}

export type SurfaceFactory = (width: number, height: number) => PhotoSurface;

type Context2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function paint(context: Context2d | null, bitmap: ImageBitmap, width: number, height: number) {
	// A null context means the browser could not allocate the canvas (memory, size limit).
	if (!context) throw new PhotoError('unsupported');
	context.fillStyle = '#fff';
	context.fillRect(0, 0, width, height);
	context.imageSmoothingEnabled = true;
	context.imageSmoothingQuality = 'high';
	context.drawImage(bitmap, 0, 0, width, height);
}

function checkJpeg(blob: Blob | null): Blob {
	// Browsers fall back to PNG for a type they cannot encode; a PNG here would break the budget.
	if (!blob || blob.type !== 'image/jpeg') throw new PhotoError('unsupported');
	return blob;
}

export const offscreenSurface: SurfaceFactory = (width, height) => {
	const canvas = new OffscreenCanvas(width, height);
	return {
		draw: (bitmap) => paint(canvas.getContext('2d'), bitmap, width, height),
		encodeJpeg: async (quality) =>
			checkJpeg(await canvas.convertToBlob({ type: 'image/jpeg', quality }))
	};
};

export const domSurface: SurfaceFactory = (width, height) => {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return {
		draw: (bitmap) => paint(canvas.getContext('2d'), bitmap, width, height),
		encodeJpeg: (quality) =>
			new Promise((resolve, reject) => {
				canvas.toBlob(
					(blob) => {
						try {
							resolve(checkJpeg(blob));
						} catch (error) {
							reject(error instanceof Error ? error : new Error(String(error)));
						}
					},
					'image/jpeg',
					quality
				);
			})
	};
};

/** OffscreenCanvas that can actually encode (Safari < 16.4 has the name but no 2D context). */
export function canUseOffscreen(): boolean {
	if (typeof OffscreenCanvas === 'undefined') return false;
	const probe = new OffscreenCanvas(1, 1);
	return probe.getContext('2d') !== null && typeof probe.convertToBlob === 'function';
}
