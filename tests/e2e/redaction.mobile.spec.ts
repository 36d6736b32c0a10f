/**
 * On-device redaction in real Chromium at phone size against the real gateway: a photo of known
 * colours (red, with a green « secret » square) is picked with « Masquer des zones » on, a
 * rectangle is drawn over the square with the pointer, and the photo is stored. The stored image
 * and thumbnail (read back from the server, decoded in the page) are black over the region and
 * hold no green pixel; no copy of the original is left anywhere in the phone's IndexedDB.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type UserClient } from '../integration/support/gateway-client.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchPersistentPhone, seriousA11yViolations } from './support/browser.ts';

const SCREENSHOTS = 'docs/screenshots/redaction';
const WIDTH = 1600;
const HEIGHT = 1200;

type Doc = Record<string, unknown> & { _id: string; _rev: string };

/** A red JPEG with a green square in the middle (37.5 %–62.5 % of each side), made in the page. */
async function secretPhoto(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(
		async ({ width, height }) => {
			const canvas = new OffscreenCanvas(width, height);
			const context = canvas.getContext('2d')!;
			context.fillStyle = 'rgb(220, 30, 30)';
			context.fillRect(0, 0, width, height);
			context.fillStyle = 'rgb(20, 200, 40)';
			context.fillRect(width * 0.375, height * 0.375, width * 0.25, height * 0.25);
			const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
			const bytes = new Uint8Array(await blob.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) {
				binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			}
			return btoa(binary);
		},
		{ width: WIDTH, height: HEIGHT }
	);
	return Buffer.from(base64, 'base64');
}

interface PixelReport {
	width: number;
	height: number;
	/** Brightest channel seen inside the region (minus a JPEG-ringing margin). */
	regionMax: number;
	/** Pixels of the whole image that look green (the secret). */
	green: number;
	corner: [number, number, number];
}

/** Decodes JPEG bytes in the page and inspects the pixels. */
async function pixels(page: Page, bytes: Buffer, region: [number, number]): Promise<PixelReport> {
	return page.evaluate(
		async ({ base64, region: [from, to] }) => {
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([data], { type: 'image/jpeg' }));
			const { width, height } = bitmap;
			const canvas = new OffscreenCanvas(width, height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const image = context.getImageData(0, 0, width, height).data;
			const margin = 3;
			let regionMax = 0;
			let green = 0;
			for (let y = 0; y < height; y++) {
				for (let x = 0; x < width; x++) {
					const i = (y * width + x) * 4;
					const [r, g, b] = [image[i]!, image[i + 1]!, image[i + 2]!];
					if (g > 120 && r < 120) green++;
					const inside =
						x >= from * width + margin &&
						x < to * width - margin &&
						y >= from * height + margin &&
						y < to * height - margin;
					if (inside) regionMax = Math.max(regionMax, r, g, b);
				}
			}
			return {
				width,
				height,
				regionMax,
				green,
				corner: [image[0]!, image[1]!, image[2]!] as [number, number, number]
			};
		},
		{ base64: bytes.toString('base64'), region }
	);
}

/**
 * Every value of every object store of every IndexedDB database of the origin: how many Blobs,
 * byte arrays or base64 strings equal the original photo.
 */
async function copiesInIndexedDb(page: Page, original: Buffer): Promise<number> {
	return page.evaluate(
		async ({ base64, size }) => {
			const target = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const same = (bytes: Uint8Array) =>
				bytes.length === target.length && bytes.every((b, i) => b === target[i]);
			let copies = 0;
			const seen = new Set<unknown>();
			async function walk(value: unknown): Promise<void> {
				if (value === null || typeof value !== 'object') {
					if (
						typeof value === 'string' &&
						value.length > 1000 &&
						value.includes(base64.slice(100, 200))
					)
						copies++;
					return;
				}
				if (seen.has(value)) return;
				seen.add(value);
				if (value instanceof Blob) {
					if (value.size === size && same(new Uint8Array(await value.arrayBuffer()))) copies++;
					return;
				}
				if (value instanceof ArrayBuffer) {
					if (same(new Uint8Array(value))) copies++;
					return;
				}
				if (ArrayBuffer.isView(value)) {
					const view = value as ArrayBufferView;
					if (same(new Uint8Array(view.buffer, view.byteOffset, view.byteLength))) copies++;
					return;
				}
				for (const item of Object.values(value)) await walk(item);
			}
			for (const info of await indexedDB.databases()) {
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const request = indexedDB.open(info.name!);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				for (const name of Array.from(db.objectStoreNames)) {
					const values = await new Promise<unknown[]>((resolve, reject) => {
						const request = db.transaction(name).objectStore(name).getAll();
						request.onsuccess = () => resolve(request.result);
						request.onerror = () => reject(request.error);
					});
					for (const value of values) await walk(value);
				}
				db.close();
			}
			return copies;
		},
		{ base64: original.toString('base64'), size: original.length }
	);
}

/** Rows of the device's photo queue (Dexie `carnet-device`). */
function queuedPhotos(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('carnet-device');
				request.onsuccess = () => {
					const count = request.result.transaction('photoQueue').objectStore('photoQueue').count();
					count.onsuccess = () => resolve(count.result);
					count.onerror = () => reject(count.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
}

async function waitForPhotoOnServer(student: UserClient): Promise<Doc> {
	for (let i = 0; i < 120; i++) {
		const body = (await (
			await student.fetch(
				`/couch/${student.journal}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"photo:"')}&endkey=${encodeURIComponent('"photo:\ufff0"')}`
			)
		).json()) as { rows: { doc: Doc }[] };
		const redacted = body.rows.map((r) => r.doc).find((d) => d.redacted === true);
		if (redacted) return redacted;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error('the redacted photo never reached the server');
}

describe('on-device redaction (phone)', () => {
	let app: RunningApp;
	let dir: string;
	let context: BrowserContext | undefined;

	beforeAll(async () => {
		app = await startApp();
		dir = await mkdtemp(join(tmpdir(), 'carnet-redaction-'));
		await mkdir(SCREENSHOTS, { recursive: true });
	});
	afterAll(async () => {
		await context?.close().catch(() => undefined);
		await app?.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it('burns a drawn rectangle into the stored image and thumbnail, and keeps no original', async () => {
		context = await launchPersistentPhone(join(dir, 'phone'));
		const page = context.pages()[0] ?? (await context.newPage());
		await new LoginPage(page).signIn(app.url);
		const student = await login(app.url, 'lea.martin');
		const entries = (await (
			await student.fetch(
				`/couch/${student.journal}/_all_docs?startkey=${encodeURIComponent('"entry:"')}&endkey=${encodeURIComponent('"entry:\ufff0"')}`
			)
		).json()) as { rows: { id: string }[] };
		const entryId = entries.rows[0]!.id;

		const original = await secretPhoto(page);
		await page.goto(`${app.url}/journal/${encodeURIComponent(entryId)}`);
		await page.getByTestId('redact-first').check();
		await page.getByTestId('photo-files').setInputFiles({
			name: 'ecran-client.jpg',
			mimeType: 'image/jpeg',
			buffer: original
		});

		// The editor: draw from 25 % to 75 % of the preview in both directions.
		const dialog = page.getByRole('dialog', { name: 'Masquer des zones' });
		await dialog.waitFor();
		const surface = page.getByTestId('redaction-surface');
		await surface.locator('img').evaluate((img: HTMLImageElement) => img.decode());
		const box = (await surface.boundingBox())!;
		const at = (fx: number, fy: number) =>
			[box.x + box.width * fx, box.y + box.height * fy] as const;
		// From the keyboard: a zone added in the middle, moved, resized and removed.
		await surface.focus();
		await page.keyboard.press('Enter');
		await page.getByText('1 zone masquée.').waitFor();
		const keyed = page.getByTestId('redaction-rect');
		const style = () => keyed.evaluate((el: HTMLElement) => [el.style.left, el.style.width]);
		const [left, width] = await style();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Shift+ArrowRight');
		const [movedLeft, grownWidth] = await style();
		expect(parseFloat(movedLeft!)).toBeGreaterThan(parseFloat(left!));
		expect(parseFloat(grownWidth!)).toBeGreaterThan(parseFloat(width!));
		await page.keyboard.press('Delete');
		await page.getByText('Aucune zone masquée.').waitFor();

		// A first, wrong rectangle, undone.
		await page.mouse.move(...at(0.05, 0.05));
		await page.mouse.down();
		await page.mouse.move(...at(0.2, 0.2), { steps: 4 });
		await page.mouse.up();
		await expect(page.getByTestId('redaction-rect').count()).resolves.toBe(1);
		await page.getByRole('button', { name: 'Annuler le dernier' }).click();
		await expect(page.getByTestId('redaction-rect').count()).resolves.toBe(0);

		await page.mouse.move(...at(0.25, 0.25));
		await page.mouse.down();
		await page.mouse.move(...at(0.5, 0.6), { steps: 5 });
		await page.mouse.move(...at(0.75, 0.75), { steps: 5 });
		await page.mouse.up();
		await page.getByText('1 zone masquée.').waitFor();
		await page.screenshot({ path: `${SCREENSHOTS}/editor.png` });
		const violations = await seriousA11yViolations(page);
		expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
		await page.getByRole('button', { name: 'Enregistrer la photo' }).click();
		await dialog.waitFor({ state: 'detached' });
		await page.getByText('Zones masquées').waitFor({ timeout: 30_000 });
		await page.getByText('Zones masquées').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SCREENSHOTS}/stored.png` });

		// What the server received: a redacted photo whose pixels hide the square.
		const photo = await waitForPhotoOnServer(student);
		const attachment = async (name: string) =>
			Buffer.from(
				await (
					await student.fetch(`/couch/${student.journal}/${encodeURIComponent(photo._id)}/${name}`)
				).arrayBuffer()
			);
		const image = await attachment('image.jpg');
		const thumb = await attachment('thumb.jpg');
		expect(createHash('sha256').update(image).digest('hex')).toBe(photo.sha256);
		expect(image.equals(original)).toBe(false);

		// The original really had the secret (or this test would prove nothing)…
		const before = await pixels(page, original, [0.25, 0.75]);
		expect(before.green).toBeGreaterThan(100_000);
		expect(before.regionMax).toBeGreaterThan(150);
		// …the stored image and thumbnail have none of it, and are otherwise the photo.
		const after = await pixels(page, image, [0.25, 0.75]);
		expect([after.width, after.height]).toEqual([WIDTH, HEIGHT]);
		expect(after.regionMax).toBeLessThanOrEqual(24);
		expect(after.green).toBe(0);
		expect(after.corner[0]).toBeGreaterThan(180);
		expect(after.corner[1]).toBeLessThan(70);
		const small = await pixels(page, thumb, [0.25, 0.75]);
		expect(small.width).toBe(320);
		expect(small.regionMax).toBeLessThanOrEqual(24);
		expect(small.green).toBe(0);

		// No copy of the original on the phone: not in the photo queue, not in PouchDB, anywhere.
		expect(await copiesInIndexedDb(page, original)).toBe(0);
		const queued = await queuedPhotos(page);
		expect(queued).toBe(0);
		// Nor on the server: no attachment of the journal has the original's digest.
		const md5 = `md5-${createHash('md5').update(original).digest('base64')}`;
		const all = (await (
			await student.fetch(`/couch/${student.journal}/_all_docs?include_docs=true`)
		).json()) as { rows: { doc: Doc & { _attachments?: Record<string, { digest: string }> } }[] };
		const digests = all.rows.flatMap((r) =>
			Object.values(r.doc._attachments ?? {}).map((a) => a.digest)
		);
		expect(digests.length).toBeGreaterThan(2);
		expect(digests).not.toContain(md5);
	});

	it('reopens the editor after a reload, never storing the photo unredacted, and drops it on request', async () => {
		const page = context!.pages()[0]!;
		const student = await login(app.url, 'lea.martin');
		const photoCount = async () =>
			(
				(await (
					await student.fetch(
						`/couch/${student.journal}/_all_docs?startkey=${encodeURIComponent('"photo:"')}&endkey=${encodeURIComponent('"photo:\ufff0"')}`
					)
				).json()) as { rows: unknown[] }
			).rows.length;
		const before = await photoCount();
		await page.getByTestId('redact-first').check();
		await page.getByTestId('photo-files').setInputFiles({
			name: 'tableau-blanc.jpg',
			mimeType: 'image/jpeg',
			buffer: await secretPhoto(page)
		});
		const dialog = page.getByRole('dialog', { name: 'Masquer des zones' });
		await dialog.waitFor();
		expect(await queuedPhotos(page)).toBe(1);

		// The tab is reloaded (or killed) in the editor: the photo waits for the editor again.
		await page.reload();
		await dialog.waitFor();
		await page.waitForTimeout(1500);
		expect(await queuedPhotos(page)).toBe(1);
		await page.getByRole('button', { name: 'Ne pas ajouter' }).click();
		await dialog.waitFor({ state: 'detached' });
		expect(await queuedPhotos(page)).toBe(0);
		await page.waitForTimeout(1500);
		expect(await photoCount()).toBe(before);
	});
});
