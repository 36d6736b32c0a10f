/**
 * On-device redaction (issue 6): regions the student blacked out on the preview are burnt into
 * the pixels before anything is encoded, so the stored image and its thumbnail (both derived from
 * the redacted bitmap) hold no trace of them. Rectangles are normalised (0–1 of the oriented
 * photo's width and height) so the editor and the pipeline agree whatever the sizes.
 *
 * Browser-only (canvas); the pure geometry is in `redact-geometry.ts`.
 */
import { PhotoError } from './photo-error.ts';
import { redactionPixels, type Redaction } from './redact-geometry.ts';

export type { Redaction } from './redact-geometry.ts';

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function newCanvas(width: number, height: number): AnyCanvas {
	if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas;
}

/**
 * A new bitmap: `bitmap` with every rectangle painted opaque black; `bitmap` is closed. Pixel
 * edges are rounded outwards so no partly covered pixel keeps a trace of the region.
 */
export async function burnRedactions(
	bitmap: ImageBitmap,
	redactions: readonly Redaction[]
): Promise<ImageBitmap> {
	if (redactions.length === 0) return bitmap;
	const { width, height } = bitmap;
	const canvas = newCanvas(width, height);
	const context = canvas.getContext('2d') as
		CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
	if (!context) throw new PhotoError('unsupported');
	context.drawImage(bitmap, 0, 0);
	context.fillStyle = '#000';
	for (const rect of redactionPixels(redactions, width, height)) {
		context.fillRect(rect.x, rect.y, rect.width, rect.height);
	}
	bitmap.close();
	const burnt = await createImageBitmap(canvas);
	// Drop the canvas backing store now rather than at the next GC (phones are short of memory).
	canvas.width = 1;
	canvas.height = 1;
	return burnt;
}
