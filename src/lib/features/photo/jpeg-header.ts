/**
 * Walks a JPEG's marker segments up to the frame header (SOF) to find the stored size and the
 * EXIF orientation. Never throws: a malformed header yields nulls and the decoder decides.
 */
export interface JpegHeader {
	width: number | null;
	height: number | null;
	orientation: number;
}

const ORIENTATION_TAG = 0x0112;

function isStartOfFrame(marker: number): boolean {
	// C4 (DHT), C8 (JPG extension) and CC (DAC) share the range but are not frame headers.
	return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

export function readJpegHeader(bytes: Uint8Array): JpegHeader {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const header: JpegHeader = { width: null, height: null, orientation: 1 };
	let at = 2;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return header;
		const marker = bytes[at + 1] ?? 0;
		if (marker === 0xff) {
			at += 1; // fill byte
			continue;
		}
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			at += 2; // markers without a length
			continue;
		}
		if (marker === 0xd9 || marker === 0xda) return header; // end of image, or scan before SOF
		const length = view.getUint16(at + 2);
		const body = at + 4;
		if (isStartOfFrame(marker) && body + 5 <= bytes.length) {
			header.height = view.getUint16(body + 1);
			header.width = view.getUint16(body + 3);
			return header;
		}
		if (marker === 0xe1 && body + length - 2 <= bytes.length) {
			const orientation = exifOrientation(bytes.subarray(body, body + length - 2));
			if (orientation) header.orientation = orientation;
		}
		at = body + length - 2;
	}
	return header;
}

/** Orientation tag of IFD0 in an APP1 `Exif\0\0` payload, or null. */
function exifOrientation(app1: Uint8Array): number | null {
	if (app1.length < 14 || String.fromCharCode(...app1.subarray(0, 6)) !== 'Exif\0\0') return null;
	const tiff = new DataView(app1.buffer, app1.byteOffset + 6, app1.byteLength - 6);
	const little = tiff.getUint16(0) === 0x4949;
	const ifd0 = tiff.getUint32(4, little);
	if (ifd0 + 2 > tiff.byteLength) return null;
	const count = tiff.getUint16(ifd0, little);
	for (let i = 0; i < count; i++) {
		const entry = ifd0 + 2 + i * 12;
		if (entry + 12 > tiff.byteLength) return null;
		if (tiff.getUint16(entry, little) === ORIENTATION_TAG) {
			const value = tiff.getUint16(entry + 8, little);
			return value >= 1 && value <= 8 ? value : null;
		}
	}
	return null;
}
