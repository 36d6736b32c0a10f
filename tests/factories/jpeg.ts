/**
 * Test photos made in the browser page (import it from the Vite dev server:
 * `await import('/tests/factories/jpeg.ts')`). The 12 MP photo has smooth colour fields, texture
 * and sensor-like grain so that its JPEG weighs what a phone photo weighs (several MB), and it
 * carries a real EXIF segment with GPS coordinates plus an XMP packet.
 */
import { concat, exifSegment, spliceAfterSoi, xmpSegment } from './jpeg-exif.ts';

export const PHOTO_WIDTH = 4000;
export const PHOTO_HEIGHT = 3000;

function canvasOf(width: number, height: number) {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2D context');
	return { canvas, context };
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), type, quality)
	);
}

/** Deterministic pseudo-random numbers, so every run encodes the same picture. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Paints a photo-like scene: colour gradients, soft shapes, fine texture and grain. */
function paintScene(context: CanvasRenderingContext2D, width: number, height: number): void {
	const rand = random(42);
	// Soft shapes drawn small and scaled up: a blur filter at 12 MP costs seconds in software.
	const { canvas: sketch, context: small } = canvasOf(width / 10, height / 10);
	const sky = small.createLinearGradient(0, 0, 0, height / 10);
	sky.addColorStop(0, '#6fa8dc');
	sky.addColorStop(0.55, '#d9e7f2');
	sky.addColorStop(0.56, '#7a6a50');
	sky.addColorStop(1, '#3d4a2a');
	small.fillStyle = sky;
	small.fillRect(0, 0, width / 10, height / 10);
	for (let i = 0; i < 60; i++) {
		small.fillStyle = `hsl(${Math.floor(rand() * 360)} 45% ${25 + Math.floor(rand() * 50)}%)`;
		small.fillRect(rand() * width * 0.1, rand() * height * 0.1, 8 + rand() * 60, 8 + rand() * 50);
	}
	context.imageSmoothingQuality = 'high';
	context.drawImage(sketch, 0, 0, width, height);
	const pixels = context.getImageData(0, 0, width, height);
	const data = pixels.data;
	for (let y = 0; y < height; y++) {
		const row = y * width * 4;
		const phase = Math.sin(y * 0.05) * 6;
		const amplitude = Math.sin(y * 0.27) * 14;
		for (let x = 0; x < width; x++) {
			// Texture (like foliage, fabric) plus per-pixel grain (like a phone sensor in a room).
			const texture = Math.sin(x * 0.31 + phase) * amplitude;
			const grain = (rand() - 0.5) * 22;
			const i = row + x * 4;
			data[i] = (data[i] ?? 0) + texture + grain;
			data[i + 1] = (data[i + 1] ?? 0) + texture + (rand() - 0.5) * 22;
			data[i + 2] = (data[i + 2] ?? 0) + texture + grain;
		}
	}
	context.putImageData(pixels, 0, 0);
}

async function jpegBytes(canvas: HTMLCanvasElement, quality = 0.92): Promise<Uint8Array> {
	return new Uint8Array(await (await toBlob(canvas, 'image/jpeg', quality)).arrayBuffer());
}

const asFile = (bytes: Uint8Array, name: string, type: string) =>
	new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

/** A 4000×3000 (12 MP) JPEG with EXIF (camera, orientation 1, GPS) and XMP (GPS). */
export async function twelveMegapixelPhoto(): Promise<File> {
	const { canvas, context } = canvasOf(PHOTO_WIDTH, PHOTO_HEIGHT);
	paintScene(context, PHOTO_WIDTH, PHOTO_HEIGHT);
	const bytes = spliceAfterSoi(await jpegBytes(canvas), [exifSegment(1), xmpSegment()]);
	return asFile(bytes, 'IMG_0001.jpg', 'image/jpeg');
}

/** 12 MP of pure colour noise: far denser than any real photo, the worst case for the budget. */
export async function noisePhoto(): Promise<File> {
	const { canvas, context } = canvasOf(PHOTO_WIDTH, PHOTO_HEIGHT);
	const pixels = context.createImageData(PHOTO_WIDTH, PHOTO_HEIGHT);
	const words = new Uint32Array(pixels.data.buffer);
	const rand = random(7);
	for (let i = 0; i < words.length; i++) words[i] = ((rand() * 0x1000000) | 0xff000000) >>> 0;
	context.putImageData(pixels, 0, 0);
	return asFile(await jpegBytes(canvas, 0.85), 'bruit.jpg', 'image/jpeg');
}

/**
 * A photo stored landscape (4000×3000: left half red, right half blue) with EXIF orientation 6,
 * i.e. "rotate 90° clockwise to display": shown upright it is portrait, red on top, blue below.
 */
export async function portraitPhotoOrientation6(): Promise<File> {
	const { canvas, context } = canvasOf(PHOTO_WIDTH, PHOTO_HEIGHT);
	context.fillStyle = '#d01010';
	context.fillRect(0, 0, PHOTO_WIDTH / 2, PHOTO_HEIGHT);
	context.fillStyle = '#1010d0';
	context.fillRect(PHOTO_WIDTH / 2, 0, PHOTO_WIDTH / 2, PHOTO_HEIGHT);
	const bytes = spliceAfterSoi(await jpegBytes(canvas), [exifSegment(6)]);
	return asFile(bytes, 'IMG_0002.jpg', 'image/jpeg');
}

/** An 800×600 PNG screenshot (smaller than the target: must not be upscaled). */
export async function smallPng(): Promise<File> {
	const { canvas, context } = canvasOf(800, 600);
	context.fillStyle = '#2a7';
	context.fillRect(0, 0, 800, 600);
	context.fillStyle = '#fff';
	context.font = '48px sans-serif';
	context.fillText('Capture d’écran', 40, 300);
	const bytes = new Uint8Array(await (await toBlob(canvas, 'image/png')).arrayBuffer());
	return asFile(bytes, 'capture.png', 'image/png');
}

/** Plain text named like a photo: browsers type it image/jpeg from the name. */
export function textRenamedJpg(): File {
	const bytes = new TextEncoder().encode('Compte rendu de la réunion du lundi.\n'.repeat(200));
	return asFile(bytes, 'photo.jpg', 'image/jpeg');
}

/** The first `fraction` of a JPEG, as when a transfer is cut off. */
export async function truncatedJpeg(photo: Blob, fraction = 0.5): Promise<File> {
	const bytes = new Uint8Array(await photo.arrayBuffer());
	return asFile(bytes.slice(0, Math.floor(bytes.length * fraction)), 'coupee.jpg', 'image/jpeg');
}

/** A valid small JPEG whose frame header claims 60000×60000 pixels (a decompression bomb). */
export async function absurdDimensionsJpeg(): Promise<File> {
	const { canvas } = canvasOf(16, 16);
	const bytes = await jpegBytes(canvas);
	for (
		let at = 2;
		at < bytes.length;
		at += 2 + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0)
	) {
		if (bytes[at + 1] === 0xc0) {
			new DataView(bytes.buffer).setUint16(at + 5, 60000);
			new DataView(bytes.buffer).setUint16(at + 7, 60000);
			break;
		}
	}
	return asFile(bytes, 'bombe.jpg', 'image/jpeg');
}

/** 41 MB that start like a JPEG: refused on size alone, before reading. */
export function oversizedFile(): File {
	const bytes = concat([
		new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
		new Uint8Array(41 * 1024 * 1024)
	]);
	return asFile(bytes, 'enorme.jpg', 'image/jpeg');
}

/** A HEIC header (iPhone's default format) with no decodable content: Chromium cannot read it. */
export function heicPhoto(): File {
	const header = new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0mif1heic');
	return asFile(concat([header, new Uint8Array(4096).fill(7)]), 'IMG_0003.HEIC', 'image/heic');
}
