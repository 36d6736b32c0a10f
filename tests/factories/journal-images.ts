/**
 * Images for the journal factory, drawn in the browser page: photo-like JPEGs (1920 × 1440 with
 * a 320 px thumbnail, as the photo pipeline stores them) and a hand-drawn-looking signature PNG.
 * Deterministic: the same seed always paints the same picture.
 */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2D context');
	return context;
}

export interface FactoryPhoto {
	image: Blob;
	thumb: Blob;
	width: number;
	height: number;
	sha256: string;
}

/** A server-room-like scene with grain, so the JPEG weighs what a stored phone photo weighs. */
export async function photo(seed: number, label: string): Promise<FactoryPhoto> {
	const width = 1920;
	const height = 1440;
	const rand = random(seed);
	const canvas = new OffscreenCanvas(width, height);
	const context = context2d(canvas);
	const hue = Math.floor(rand() * 360);
	const background = context.createLinearGradient(0, 0, width, height);
	background.addColorStop(0, `hsl(${hue} 30% 30%)`);
	background.addColorStop(1, `hsl(${(hue + 60) % 360} 35% 70%)`);
	context.fillStyle = background;
	context.fillRect(0, 0, width, height);
	for (let i = 0; i < 40; i++) {
		context.fillStyle = `hsl(${Math.floor(rand() * 360)} 40% ${20 + Math.floor(rand() * 60)}%)`;
		context.fillRect(rand() * width, rand() * height, 40 + rand() * 400, 20 + rand() * 300);
	}
	context.fillStyle = '#ffffff';
	context.font = 'bold 90px sans-serif';
	context.fillText(label, 80, 160);
	const pixels = context.getImageData(0, 0, width, height);
	for (let i = 0; i < pixels.data.length; i += 4) {
		const grain = (rand() - 0.5) * 14;
		pixels.data[i] = (pixels.data[i] ?? 0) + grain;
		pixels.data[i + 1] = (pixels.data[i + 1] ?? 0) + grain;
		pixels.data[i + 2] = (pixels.data[i + 2] ?? 0) + grain;
	}
	context.putImageData(pixels, 0, 0);
	const image = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
	const small = new OffscreenCanvas(320, 240);
	context2d(small).drawImage(canvas, 0, 0, 320, 240);
	const thumb = await small.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
	const hash = await crypto.subtle.digest('SHA-256', await image.arrayBuffer());
	const sha256 = Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
	return { image, thumb, width, height, sha256 };
}

/** A cursive-looking stroke on a transparent background, as the visa pad produces. */
export async function signaturePng(seed: number): Promise<string> {
	const rand = random(seed);
	const canvas = new OffscreenCanvas(600, 200);
	const context = context2d(canvas);
	context.strokeStyle = '#0b2a6f';
	context.lineWidth = 5;
	context.lineCap = 'round';
	context.beginPath();
	context.moveTo(40, 130);
	for (let x = 40; x < 540; x += 20) {
		const y = 100 + Math.sin(x / 25 + seed) * 45 + (rand() - 0.5) * 20;
		context.quadraticCurveTo(x + 10, y - 40, x + 20, y);
	}
	context.moveTo(60, 165);
	context.lineTo(520, 150);
	context.stroke();
	const blob = await canvas.convertToBlob({ type: 'image/png' });
	const bytes = new Uint8Array(await blob.arrayBuffer());
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return `data:image/png;base64,${btoa(binary)}`;
}
