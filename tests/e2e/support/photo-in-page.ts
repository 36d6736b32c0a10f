/**
 * A 12-megapixel JPEG drawn in a real page (canvas → JPEG), returned as a buffer for
 * `setInputFiles`. Gradients plus grain make it weigh what a phone photo weighs (several MB).
 */
import type { Page } from 'playwright-core';

export async function twelveMegapixelJpeg(
	page: Page
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
	const base64 = await page.evaluate(async () => {
		const canvas = document.createElement('canvas');
		canvas.width = 4000;
		canvas.height = 3000;
		const ctx = canvas.getContext('2d')!;
		const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
		gradient.addColorStop(0, '#2b6cb0');
		gradient.addColorStop(0.5, '#f6e05e');
		gradient.addColorStop(1, '#276749');
		ctx.fillStyle = gradient;
		ctx.fillRect(0, 0, 4000, 3000);
		const image = ctx.getImageData(0, 0, 4000, 3000);
		let seed = 7;
		for (let i = 0; i < image.data.length; i += 4) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			const grain = (seed % 48) - 24;
			for (let c = 0; c < 3; c++) image.data[i + c] = (image.data[i + c] ?? 0) + grain;
		}
		ctx.putImageData(image, 0, 0);
		const blob = await new Promise<Blob>((resolve) =>
			canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.92)
		);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let binary = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return btoa(binary);
	});
	return { name: 'photo-12mp.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}
