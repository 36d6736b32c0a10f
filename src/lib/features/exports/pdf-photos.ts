/**
 * Photos go into the PDF as JPEG, re-encoded at a size fit for paper: two photos side by side on
 * A4 are about 85 mm wide, and 800 px over 85 mm is ~240 dpi. The stored 1920 px images would
 * make a 60-photo journal weigh 15–25 MB; at 800 px it stays around 5 MB.
 */
export interface PdfImage {
	data: Uint8Array;
	width: number;
	height: number;
}

export type PhotoSource = (id: string) => Promise<Blob | null>;

const MAX_SIDE = 800;
const QUALITY = 0.78;
const CONCURRENCY = 4;

export interface PhotoRef {
	id: string;
	/** Size of the stored image, from the photo document (saves decoding it twice). */
	width: number;
	height: number;
}

/** Returns null when the image cannot be read (the PDF then says the photo is unavailable). */
export async function toPdfJpeg(blob: Blob, size: PhotoRef): Promise<PdfImage | null> {
	try {
		const scale = Math.min(1, MAX_SIDE / Math.max(size.width, size.height));
		const width = Math.max(1, Math.round(size.width * scale));
		const height = Math.max(1, Math.round(size.height * scale));
		const bitmap = await createImageBitmap(blob, {
			resizeWidth: width,
			resizeHeight: height,
			resizeQuality: 'high'
		});
		const canvas = new OffscreenCanvas(width, height);
		const context = canvas.getContext('2d');
		if (!context) return null;
		context.drawImage(bitmap, 0, 0);
		bitmap.close();
		const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
		return { data: new Uint8Array(await jpeg.arrayBuffer()), width, height };
	} catch {
		return null;
	}
}

/** Loads and shrinks every photo, a few at a time to bound memory on a phone. */
export async function preparePhotos(
	refs: readonly PhotoRef[],
	source: PhotoSource
): Promise<Map<string, PdfImage | null>> {
	const result = new Map<string, PdfImage | null>();
	let next = 0;
	async function worker() {
		while (next < refs.length) {
			const ref = refs[next++] as PhotoRef;
			const blob = await source(ref.id).catch(() => null);
			result.set(ref.id, blob ? await toPdfJpeg(blob, ref) : null);
		}
	}
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, refs.length) }, worker));
	return result;
}
