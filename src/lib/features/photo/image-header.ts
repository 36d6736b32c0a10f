/**
 * Reads what a file claims to be from its first bytes, without decoding it: the format (by
 * magic bytes, never by name or MIME type alone), the stored dimensions and the EXIF
 * orientation of a JPEG. This lets the pipeline refuse non-images and absurd sizes before
 * allocating a bitmap, and ask the decoder for the final size directly.
 */
import { readJpegHeader } from './jpeg-header.ts';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic' | 'tiff';

export interface ImageHeader {
	format: ImageFormat;
	/** Stored (not oriented) dimensions; null when the header does not tell cheaply. */
	width: number | null;
	height: number | null;
	/** EXIF orientation 1–8; 1 when absent. */
	orientation: number;
}

/** Bytes read for sniffing: enough for a JPEG's APP segments (EXIF ≤ 64 KB) and its SOF. */
export const HEADER_BYTES = 256 * 1024;

const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

function ascii(bytes: Uint8Array, start: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(start, start + length));
}

function dims(format: ImageFormat, width: number | null, height: number | null): ImageHeader {
	return { format, width, height, orientation: 1 };
}

/** Returns null when the bytes are not an image format we know. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const has = (n: number) => bytes.length >= n;
	if (has(3) && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
		const jpeg = readJpegHeader(bytes);
		return { format: 'jpeg', ...jpeg };
	}
	if (has(24) && ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') {
		return dims('png', view.getUint32(16), view.getUint32(20));
	}
	if (has(10) && ascii(bytes, 0, 4) === 'GIF8') {
		return dims('gif', view.getUint16(6, true), view.getUint16(8, true));
	}
	if (has(30) && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
		return readWebp(bytes, view);
	}
	if (has(26) && ascii(bytes, 0, 2) === 'BM') {
		return dims('bmp', Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)));
	}
	if (has(12) && ascii(bytes, 4, 4) === 'ftyp') {
		const brand = ascii(bytes, 8, 4);
		if (brand === 'avif' || brand === 'avis') return dims('avif', null, null);
		if (HEIC_BRANDS.includes(brand)) return dims('heic', null, null);
		return null;
	}
	if (has(4) && (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*')) {
		return dims('tiff', null, null);
	}
	return null;
}

function readWebp(bytes: Uint8Array, view: DataView): ImageHeader {
	const chunk = ascii(bytes, 12, 4);
	if (chunk === 'VP8 ') {
		return dims('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
	}
	if (chunk === 'VP8L') {
		const bits = view.getUint32(21, true);
		return dims('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
	}
	if (chunk === 'VP8X') {
		const u24 = (at: number) => view.getUint16(at, true) | ((bytes[at + 2] ?? 0) << 16);
		return dims('webp', u24(24) + 1, u24(27) + 1);
	}
	return dims('webp', null, null);
}
