/**
 * The real photo pipeline module, run in real Chromium through a Vite dev server, on photos made
 * in the page. Output bytes come back to Node, where they are checked with independent code
 * (node:crypto for the hash, a byte search for the metadata).
 */
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CAMERA_NAME,
	gpsLatitudeBytes,
	headerMarkers,
	indexOfBytes,
	XMP_NAMESPACE
} from '../factories/jpeg-exif.ts';
import { launchBrowser } from './support/browser.ts';
import { runInPage, spyOnPage, type Outcome } from '../factories/jpeg-page.ts';
import { importInPage, startModuleServer, type ModuleServer } from './support/vite-modules.ts';

const MODULES = {
	photo: '/src/lib/features/photo/process-photo.ts',
	factory: '/tests/factories/jpeg.ts'
};
const ascii = (s: string) => new TextEncoder().encode(s);

function expectCleanJpeg(bytes: Uint8Array): void {
	expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
	expect(headerMarkers(bytes)).not.toContain(0xe1); // no APP1: neither Exif nor XMP
	expect(indexOfBytes(bytes, ascii('Exif\0\0'))).toBe(-1);
	expect(indexOfBytes(bytes, gpsLatitudeBytes())).toBe(-1);
	expect(indexOfBytes(bytes, ascii(CAMERA_NAME))).toBe(-1);
	expect(indexOfBytes(bytes, ascii(XMP_NAMESPACE))).toBe(-1);
}

function ok(outcome: Outcome) {
	if (!outcome.ok) throw new Error(`expected a photo, got ${outcome.code}: ${outcome.message}`);
	return outcome;
}

describe('photo pipeline in real Chromium', () => {
	let server: ModuleServer;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startModuleServer();
		browser = await launchBrowser();
		context = await browser.newContext();
		await spyOnPage(context);
		page = await server.blankPage(context);
		await importInPage(page, MODULES);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('shrinks a 12 MP photo to ≤ 1920 px and ≤ 400 KB, in the worker, without its metadata', async () => {
		const out = ok(await runInPage(page, 'twelveMegapixelPhoto'));
		// The input really is a heavy phone photo carrying a position, or the test proves nothing.
		expect(out.input.width).toBe(4000);
		expect(out.input.size).toBeGreaterThan(2_000_000);
		expect(headerMarkers(out.inputHead)).toContain(0xe1);
		expect(indexOfBytes(out.inputHead, gpsLatitudeBytes())).toBeGreaterThan(0);
		expect(indexOfBytes(out.inputHead, ascii(XMP_NAMESPACE))).toBeGreaterThan(0);

		expect([out.width, out.height]).toEqual([1920, 1440]);
		expect([out.decoded.width, out.decoded.height]).toEqual([1920, 1440]);
		expect(out.imageType).toBe('image/jpeg');
		expect(out.bytes).toBe(out.image.length);
		expect(out.bytes).toBeLessThanOrEqual(400 * 1024);
		expectCleanJpeg(out.image);
		expect(out.sha256).toBe(createHash('sha256').update(out.image).digest('hex'));

		expect([out.thumbDecoded.width, out.thumbDecoded.height]).toEqual([320, 240]);
		expect([...out.thumb.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
		expectCleanJpeg(out.thumb);

		// Done by the worker: a photo worker started, and the page itself encoded nothing.
		expect(out.spy.workers.some((url) => url.includes('photo.worker'))).toBe(true);
		expect(out.spy.pageEncodes).toBe(0);
	});

	it('turns a photo upright from its EXIF orientation 6', async () => {
		const out = ok(await runInPage(page, 'portraitPhotoOrientation6'));
		expect([out.width, out.height]).toEqual([1440, 1920]);
		// Stored left half red, right half blue: upright, red is on top and blue below.
		expect(out.pixels.top).toEqual(expect.objectContaining({ red: true }));
		expect(out.pixels.bottom).toEqual(expect.objectContaining({ blue: true }));
		expectCleanJpeg(out.image);
	});

	it('never upscales a small PNG, and converts it to JPEG', async () => {
		const out = ok(await runInPage(page, 'smallPng'));
		expect([out.width, out.height]).toEqual([800, 600]);
		expect(out.imageType).toBe('image/jpeg');
		expect([out.thumbDecoded.width, out.thumbDecoded.height]).toEqual([320, 240]);
	});

	it('keeps even pure noise under 400 KB, lowering the quality and then the size', async () => {
		const out = ok(await runInPage(page, 'noisePhoto'));
		expect(out.input.size).toBeGreaterThan(5_000_000);
		expect(out.bytes).toBeLessThanOrEqual(400 * 1024);
		expect(Math.max(out.width, out.height)).toBeLessThan(1920);
		expect(Math.max(out.width, out.height)).toBeGreaterThanOrEqual(960);
		expect(out.width / out.height).toBeCloseTo(4 / 3, 2);
		expect([out.decoded.width, out.decoded.height]).toEqual([out.width, out.height]);
	});

	it.each([
		['textRenamedJpg', 'not-an-image', "Ce fichier n'est pas une image."],
		['emptyFile', 'not-an-image', "Ce fichier n'est pas une image."],
		['truncatedTwelveMegapixel', 'corrupt', 'Cette image est illisible ou endommagée.'],
		['oversizedFile', 'too-large', 'Cette image est trop lourde (plus de 40 Mo).'],
		['absurdDimensionsJpeg', 'too-large', 'Cette image est trop grande'],
		['heicPhoto', 'unsupported', "Ce format d'image n'est pas pris en charge"]
	] as const)('refuses %s with PhotoError %s and a French message', async (factory, code, text) => {
		const out = await runInPage(page, factory);
		if (out.ok) throw new Error(`${factory} was accepted`);
		expect(out).toMatchObject({ isPhotoError: true, code });
		expect(out.message.startsWith(text)).toBe(true);
		// Refused from the header alone, before any decoding.
		if (code === 'too-large' || code === 'not-an-image') expect(out.spy.decodes).toBe(0);
	});

	it('falls back to the main thread when there is no Worker', async () => {
		const bare = await browser.newContext();
		await spyOnPage(bare, { removeWorker: true });
		const fallbackPage = await server.blankPage(bare);
		await importInPage(fallbackPage, MODULES);
		const out = ok(await runInPage(fallbackPage, 'twelveMegapixelPhoto'));
		expect([out.width, out.height]).toEqual([1920, 1440]);
		expect(out.bytes).toBeLessThanOrEqual(400 * 1024);
		// The 12 MP bitmap itself never went through a canvas: only the 1920 px one did.
		expect(out.spy.maxCanvasPixels).toBe(1920 * 1440);
		expectCleanJpeg(out.image);

		const upright = ok(await runInPage(fallbackPage, 'portraitPhotoOrientation6'));
		expect([upright.width, upright.height]).toEqual([1440, 1920]);
		expect(upright.pixels.top).toEqual(expect.objectContaining({ red: true }));
		expect(upright.spy.workers).toEqual([]);
		expect(upright.spy.pageEncodes).toBeGreaterThan(0); // the page's <canvas> did the encoding
		expectCleanJpeg(upright.image);
		await bare.close();
	});
});
