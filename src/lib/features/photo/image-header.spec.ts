import { describe, expect, it } from 'vitest';
import { concat, exifSegment, spliceAfterSoi } from '../../../../tests/factories/jpeg-exif.ts';
import { readImageHeader } from './image-header.ts';
import { fitWithin } from './photo-limits.ts';

/** SOI, an APP0 stub, a baseline SOF0 of `width`×`height`, then the start of a scan. */
function jpeg(width: number, height: number): Uint8Array {
	const app0 = [0xff, 0xe0, 0, 4, 0, 0];
	const sof = [
		0xff,
		0xc0,
		0,
		11,
		8,
		height >> 8,
		height & 255,
		width >> 8,
		width & 255,
		1,
		1,
		0x11,
		0
	];
	return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xda, 0, 2]);
}

const ascii = (s: string) => new TextEncoder().encode(s);

describe('readImageHeader', () => {
	it('reads a JPEG frame size and the EXIF orientation spliced before it', () => {
		expect(readImageHeader(jpeg(4000, 3000))).toEqual({
			format: 'jpeg',
			width: 4000,
			height: 3000,
			orientation: 1
		});
		const rotated = spliceAfterSoi(jpeg(4032, 3024), [exifSegment(6)]);
		expect(readImageHeader(rotated)).toMatchObject({ width: 4032, height: 3024, orientation: 6 });
	});

	it('keeps a truncated JPEG header as a JPEG of unknown size, for the decoder to judge', () => {
		expect(readImageHeader(jpeg(4000, 3000).subarray(0, 9))).toMatchObject({
			format: 'jpeg',
			width: null
		});
	});

	it('reads PNG, GIF and WebP sizes', () => {
		const png = new Uint8Array(24);
		png.set([0x89, ...ascii('PNG\r\n\x1a\n')]); // 0x89 is not ASCII: set as a byte
		new DataView(png.buffer).setUint32(16, 800);
		new DataView(png.buffer).setUint32(20, 600);
		expect(readImageHeader(png)).toMatchObject({ format: 'png', width: 800, height: 600 });

		const gif = concat([ascii('GIF89a'), new Uint8Array([0x40, 0x01, 0xf0, 0x00])]);
		expect(readImageHeader(gif)).toMatchObject({ format: 'gif', width: 320, height: 240 });

		const webp = new Uint8Array(30);
		webp.set(ascii('RIFF'));
		webp.set(ascii('WEBPVP8X'), 8);
		webp.set([0x7f, 0x07, 0x00, 0xbf, 0x05, 0x00], 24); // 1920×1472, stored minus one
		expect(readImageHeader(webp)).toMatchObject({ format: 'webp', width: 1920, height: 1472 });
	});

	it('recognises HEIC by its ftyp brand, and refuses text and unknown bytes', () => {
		const heic = ascii('\0\0\0\x18ftypheic\0\0\0\0mif1heic');
		expect(readImageHeader(heic)).toMatchObject({ format: 'heic', width: null });
		expect(readImageHeader(ascii('Compte rendu de la réunion'))).toBeNull();
		expect(readImageHeader(new Uint8Array())).toBeNull();
		expect(readImageHeader(ascii('\0\0\0\x18ftypisom'))).toBeNull(); // an MP4 video
	});
});

describe('fitWithin', () => {
	it('shrinks the long side to the limit and never upscales', () => {
		expect(fitWithin(4000, 3000, 1920)).toEqual({ width: 1920, height: 1440 });
		expect(fitWithin(3024, 4032, 1920)).toEqual({ width: 1440, height: 1920 });
		expect(fitWithin(800, 600, 1920)).toEqual({ width: 800, height: 600 });
		expect(fitWithin(20000, 10, 320)).toEqual({ width: 320, height: 1 });
	});
});
