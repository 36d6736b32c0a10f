/**
 * Node-side driver for photo tests: makes a test photo in a browser page with `jpeg.ts`, runs the
 * real `processPhoto` on it there, and brings back the bytes and what the page observed (workers
 * started, canvases encoded and images decoded by the page itself). The page must have imported
 * `{ photo: process-photo.ts, factory: jpeg.ts }` with `importInPage`, in a context prepared by
 * `spyOnPage`.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type * as Factory from './jpeg.ts';
import type * as PhotoModule from '../../src/lib/features/photo/process-photo.ts';

export interface PageSpy {
	/** URLs of the workers the page started. */
	workers: string[];
	/** Messages the page posted to workers. */
	workerJobs: number;
	/** `<canvas>.toBlob` calls made by the page (not by a worker). */
	pageEncodes: number;
	/** `createImageBitmap` calls made by the page (not by a worker). */
	decodes: number;
	/** Largest canvas (in pixels) the page drew on: Safari refuses any above 16.7 MP. */
	maxCanvasPixels: number;
}

export type FactoryName =
	| 'twelveMegapixelPhoto'
	| 'portraitPhotoOrientation6'
	| 'smallPng'
	| 'noisePhoto'
	| 'textRenamedJpg'
	| 'emptyFile'
	| 'truncatedTwelveMegapixel'
	| 'oversizedFile'
	| 'absurdDimensionsJpeg'
	| 'heicPhoto';

interface Common {
	spy: PageSpy;
	input: { size: number; width: number | null };
	/** First 64 KB of the input, where its metadata lives. */
	inputHead: Uint8Array;
}
export interface Colour {
	red: boolean;
	blue: boolean;
}
export type Outcome = Common &
	(
		| {
				ok: true;
				image: Uint8Array;
				thumb: Uint8Array;
				imageType: string;
				width: number;
				height: number;
				bytes: number;
				sha256: string;
				decoded: { width: number; height: number };
				thumbDecoded: { width: number; height: number };
				pixels: { top: Colour; bottom: Colour };
		  }
		| { ok: false; isPhotoError: boolean; code: string; message: string }
	);

interface PageGlobals {
	__modules: { photo: typeof PhotoModule; factory: typeof Factory };
	__spy: PageSpy;
	__twelve?: File;
}

/** Counts, in every page of the context, what the page does itself; optionally removes Worker. */
export async function spyOnPage(context: BrowserContext, options = { removeWorker: false }) {
	await context.addInitScript(({ removeWorker }) => {
		const spy: PageSpy = {
			workers: [],
			workerJobs: 0,
			pageEncodes: 0,
			decodes: 0,
			maxCanvasPixels: 0
		};
		Object.assign(globalThis, { __spy: spy });
		const win = window as unknown as Record<string, unknown>;
		if (removeWorker) delete win.Worker;
		else {
			const Original = Worker;
			win.Worker = class extends Original {
				constructor(url: string | URL, init?: WorkerOptions) {
					spy.workers.push(String(url));
					super(url, init);
				}
			};
			const post = Original.prototype.postMessage;
			Original.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
				spy.workerJobs++;
				return post.apply(this, args as [unknown]);
			};
		}
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			...args: Parameters<HTMLCanvasElement['getContext']>
		) {
			spy.maxCanvasPixels = Math.max(spy.maxCanvasPixels, this.width * this.height);
			return getContext.apply(this, args);
		} as HTMLCanvasElement['getContext'];
		const toBlob = HTMLCanvasElement.prototype.toBlob;
		HTMLCanvasElement.prototype.toBlob = function (...args) {
			spy.pageEncodes++;
			return toBlob.apply(this, args);
		};
		const decode = globalThis.createImageBitmap;
		win.createImageBitmap = (...args: Parameters<typeof createImageBitmap>) => {
			spy.decodes++;
			return decode(...args);
		};
	}, options);
}

export async function runInPage(page: Page, factory: FactoryName): Promise<Outcome> {
	const raw = await page.evaluate(pageSide, factory);
	const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
	const inputHead = bytes(raw.inputHead);
	if (!raw.ok) return { ...raw, inputHead };
	return { ...raw, inputHead, image: bytes(raw.image), thumb: bytes(raw.thumb) };
}

/** Runs in the page: no imports or outer variables may be used here. */
async function pageSide(name: FactoryName) {
	const g = globalThis as unknown as PageGlobals;
	const { photo, factory } = g.__modules;
	const toBase64 = async (blob: Blob) => {
		const data = new Uint8Array(await blob.arrayBuffer());
		let text = '';
		for (let i = 0; i < data.length; i += 0x8000) {
			text += String.fromCharCode(...data.subarray(i, i + 0x8000));
		}
		return btoa(text);
	};
	const dims = async (blob: Blob) => {
		const bitmap = await createImageBitmap(blob).catch(() => null);
		const size = bitmap ? { width: bitmap.width, height: bitmap.height } : null;
		bitmap?.close();
		return size;
	};
	const twelve = async () => (g.__twelve ??= await factory.twelveMegapixelPhoto());
	const makers: Record<FactoryName, () => Promise<File> | File> = {
		...factory,
		twelveMegapixelPhoto: twelve,
		emptyFile: () => new File([], 'vide.jpg', { type: 'image/jpeg' }),
		truncatedTwelveMegapixel: async () => factory.truncatedJpeg(await twelve())
	};
	const file = await makers[name]();
	const input = {
		size: file.size,
		width: file.size < 41e6 ? ((await dims(file))?.width ?? null) : null
	};
	const common = { input, inputHead: await toBase64(file.slice(0, 65536)) };
	Object.assign(g.__spy, {
		workers: [],
		workerJobs: 0,
		pageEncodes: 0,
		decodes: 0,
		maxCanvasPixels: 0
	});
	try {
		const out = await photo.processPhoto(file);
		const spy = structuredClone(g.__spy);
		const bitmap = await createImageBitmap(out.image);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		context?.drawImage(bitmap, 0, 0);
		const colour = (y: number) => {
			const [r = 0, , b = 0] = context?.getImageData(bitmap.width >> 1, y, 1, 1).data ?? [];
			return { red: r > 150 && b < 100, blue: b > 150 && r < 100 };
		};
		const pixels = { top: colour(bitmap.height * 0.1), bottom: colour(bitmap.height * 0.9) };
		const { image, thumb, ...rest } = out;
		return {
			...common,
			...rest,
			ok: true as const,
			spy,
			pixels,
			imageType: image.type,
			image: await toBase64(image),
			thumb: await toBase64(thumb),
			decoded: { width: bitmap.width, height: bitmap.height },
			thumbDecoded: (await dims(thumb)) ?? { width: 0, height: 0 }
		};
	} catch (error) {
		const spy = structuredClone(g.__spy);
		const e = error as Error & { code?: string };
		const isPhotoError = error instanceof photo.PhotoError;
		return {
			...common,
			ok: false as const,
			spy,
			isPhotoError,
			code: String(e.code),
			message: e.message
		};
	}
}
