/**
 * Byte-level JPEG helpers for tests, pure (run in Node and in the browser): an EXIF APP1 segment
 * with a camera name, an orientation and GPS coordinates, an XMP APP1 segment with GPS, splicing
 * them into a JPEG, and searching bytes. Built by hand (TIFF header + IFDs) so the test knows
 * exactly which bytes must disappear.
 */

/** Camera name written in IFD0; must not survive processing. */
export const CAMERA_NAME = 'CarnetTestCam';
/** 48°51'24.12"N as three little-endian RATIONALs: the GPS bytes that must disappear. */
export const GPS_LATITUDE: [number, number][] = [
	[48, 1],
	[51, 1],
	[2412, 100]
];
const GPS_LONGITUDE: [number, number][] = [
	[2, 1],
	[21, 1],
	[336, 100]
];
export const XMP_NAMESPACE = 'http://ns.adobe.com/xap/1.0/';

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

interface Entry {
	tag: number;
	type: number;
	count: number;
	/** Inline value (≤ 4 bytes) or out-of-line data. */
	data: Uint8Array;
}

function le(values: number[], width: 2 | 4): Uint8Array {
	const out = new DataView(new ArrayBuffer(values.length * width));
	values.forEach((v, i) =>
		width === 2 ? out.setUint16(i * 2, v, true) : out.setUint32(i * 4, v, true)
	);
	return new Uint8Array(out.buffer);
}

const text = (s: string) => new TextEncoder().encode(`${s}\0`);
const rationals = (pairs: [number, number][]) => le(pairs.flat(), 4);

/** Serialises one IFD at `offset` (from the TIFF start), its out-of-line data right after it. */
function ifd(entries: Entry[], offset: number): Uint8Array {
	const tableSize = 2 + entries.length * 12 + 4;
	const extra = entries.filter((e) => e.data.length > 4);
	const size = tableSize + extra.reduce((n, e) => n + e.data.length + (e.data.length % 2), 0);
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	view.setUint16(0, entries.length, true);
	let dataAt = tableSize;
	entries.forEach((e, i) => {
		const at = 2 + i * 12;
		view.setUint16(at, e.tag, true);
		view.setUint16(at + 2, e.type, true);
		view.setUint32(at + 4, e.count, true);
		if (e.data.length <= 4) return bytes.set(e.data, at + 8);
		view.setUint32(at + 8, offset + dataAt, true);
		bytes.set(e.data, dataAt);
		dataAt += e.data.length + (e.data.length % 2);
	});
	return bytes; // next-IFD offset stays 0
}

function segment(marker: number, payload: Uint8Array): Uint8Array {
	const out = new Uint8Array(payload.length + 4);
	out.set([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
	out.set(payload, 4);
	return out;
}

/** APP1 `Exif` segment: IFD0 (Make, Orientation, GPS pointer) and a GPS IFD (lat/long). */
export function exifSegment(orientation = 1): Uint8Array {
	const make = text(CAMERA_NAME);
	const ifd0Size = 2 + 3 * 12 + 4 + make.length + (make.length % 2);
	const gpsOffset = 8 + ifd0Size;
	const ifd0 = ifd(
		[
			{ tag: 0x010f, type: ASCII, count: make.length, data: make },
			{ tag: 0x0112, type: SHORT, count: 1, data: le([orientation, 0], 2) },
			{ tag: 0x8825, type: LONG, count: 1, data: le([gpsOffset], 4) }
		],
		8
	);
	const gps = ifd(
		[
			{ tag: 0x0000, type: 1, count: 4, data: new Uint8Array([2, 3, 0, 0]) },
			{ tag: 0x0001, type: ASCII, count: 2, data: text('N') },
			{ tag: 0x0002, type: RATIONAL, count: 3, data: rationals(GPS_LATITUDE) },
			{ tag: 0x0003, type: ASCII, count: 2, data: text('E') },
			{ tag: 0x0004, type: RATIONAL, count: 3, data: rationals(GPS_LONGITUDE) }
		],
		gpsOffset
	);
	const tiffHeader = new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]);
	return segment(0xe1, concat([new TextEncoder().encode('Exif\0\0'), tiffHeader, ifd0, gps]));
}

/** APP1 XMP segment carrying the same position, as phones' editors write it. */
export function xmpSegment(): Uint8Array {
	const xml =
		'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
		'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.402N" ' +
		'exif:GPSLongitude="2,21.056E"/></rdf:RDF></x:xmpmeta>';
	return segment(0xe1, new TextEncoder().encode(`${XMP_NAMESPACE}\0${xml}`));
}

export function gpsLatitudeBytes(): Uint8Array {
	return rationals(GPS_LATITUDE);
}

export function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** Inserts segments right after SOI, where cameras put EXIF. */
export function spliceAfterSoi(jpeg: Uint8Array, segments: Uint8Array[]): Uint8Array {
	return concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
	outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}

/** Markers of the segments before the first scan, e.g. [0xe0, 0xdb, 0xc0, 0xc4]. */
export function headerMarkers(jpeg: Uint8Array): number[] {
	const markers: number[] = [];
	let at = 2;
	while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
		const marker = jpeg[at + 1] ?? 0;
		markers.push(marker);
		if (marker === 0xda) break;
		at += 2 + (((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0));
	}
	return markers;
}
