/**
 * One-off generator of the demo photos committed under server/demo/photos/ (run again only to
 * change them: `npx node server/demo/generate-photos.ts`). Headless Chromium draws simple
 * scenes on a canvas and encodes them with `canvas.toBlob('image/jpeg')`, so the fixtures are
 * real browser JPEGs without metadata, like those the app stores.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = join(import.meta.dirname, 'photos');
const SCENES = [
	{ name: 'baie', hue: 210, label: 'Baie de brassage' },
	{ name: 'serveur', hue: 140, label: 'Serveur' },
	{ name: 'poste', hue: 30, label: 'Poste de travail' },
	{ name: 'schema', hue: 280, label: 'Schéma réseau' }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu']
});
const page = await browser.newPage();
await mkdir(OUT, { recursive: true });
for (const scene of SCENES) {
	for (const [suffix, width, height] of [
		['image', 800, 600],
		['thumb', 320, 240]
	] as const) {
		const base64 = await page.evaluate(
			async ({ hue, label, width, height }) => {
				const canvas = document.createElement('canvas');
				canvas.width = width;
				canvas.height = height;
				const g = canvas.getContext('2d')!;
				const gradient = g.createLinearGradient(0, 0, width, height);
				gradient.addColorStop(0, `hsl(${hue} 60% 70%)`);
				gradient.addColorStop(1, `hsl(${hue + 40} 50% 30%)`);
				g.fillStyle = gradient;
				g.fillRect(0, 0, width, height);
				for (let i = 0; i < 12; i++) {
					g.fillStyle = `hsl(${hue + i * 7} 40% ${30 + i * 4}%)`;
					g.fillRect((i * width) / 14 + width / 28, height / 4, width / 20, height / 2);
				}
				g.fillStyle = 'white';
				g.font = `${Math.round(height / 10)}px sans-serif`;
				g.fillText(label, width / 20, height - height / 10);
				const blob = await new Promise<Blob>((resolve) =>
					canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.8)
				);
				const bytes = new Uint8Array(await blob.arrayBuffer());
				let binary = '';
				for (const byte of bytes) binary += String.fromCharCode(byte);
				return btoa(binary);
			},
			{ hue: scene.hue, label: scene.label, width, height }
		);
		await writeFile(join(OUT, `${scene.name}-${suffix}.jpg`), Buffer.from(base64, 'base64'));
	}
}
await browser.close();
console.log(`Photos de démonstration écrites dans ${OUT}`);
