/**
 * Geometry of redaction rectangles, pure so it is unit-tested: normalised rectangles (0–1 of the
 * photo's width and height, top-left origin) as the editor records them, and their pixel boxes
 * on a bitmap of a given size, rounded outwards.
 */

export interface Redaction {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** More rectangles than anyone draws on one photo; bounds the work and the message size. */
export const MAX_REDACTIONS = 50;
/** A rectangle smaller than this (fraction of a side) is a tap, not a drag. */
export const MIN_REDACTION_SIDE = 0.01;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** The rectangle between two points (any drag direction), clamped to the photo. */
export function rectFromPoints(
	a: { x: number; y: number },
	b: { x: number; y: number }
): Redaction {
	const x1 = clamp01(Math.min(a.x, b.x));
	const y1 = clamp01(Math.min(a.y, b.y));
	const x2 = clamp01(Math.max(a.x, b.x));
	const y2 = clamp01(Math.max(a.y, b.y));
	return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

export function isUsableRedaction(rect: Redaction): boolean {
	return rect.width >= MIN_REDACTION_SIDE && rect.height >= MIN_REDACTION_SIDE;
}

/**
 * Keeps well-formed rectangles only (finite numbers, inside the photo once clamped, not a tap),
 * at most `MAX_REDACTIONS`: what crosses to the worker is always safe to paint.
 */
export function cleanRedactions(value: unknown): Redaction[] {
	if (!Array.isArray(value)) return [];
	const out: Redaction[] = [];
	for (const item of value as unknown[]) {
		if (typeof item !== 'object' || item === null) continue;
		const { x, y, width, height } = item as Record<string, unknown>;
		if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
		const rect = rectFromPoints(
			{ x: x as number, y: y as number },
			{ x: (x as number) + (width as number), y: (y as number) + (height as number) }
		);
		if (isUsableRedaction(rect)) out.push(rect);
		if (out.length === MAX_REDACTIONS) break;
	}
	return out;
}

/** Pixel boxes on a `width`×`height` bitmap; edges rounded outwards, never outside the bitmap. */
export function redactionPixels(
	redactions: readonly Redaction[],
	width: number,
	height: number
): { x: number; y: number; width: number; height: number }[] {
	return redactions.map((r) => {
		const x1 = Math.max(0, Math.floor(r.x * width));
		const y1 = Math.max(0, Math.floor(r.y * height));
		const x2 = Math.min(width, Math.ceil((r.x + r.width) * width));
		const y2 = Math.min(height, Math.ceil((r.y + r.height) * height));
		return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
	});
}

/** One arrow key press: 2 % of the photo (10 % with Shift held for moving). */
export const KEY_STEP = 0.02;

/** The rectangle the keyboard adds: centred, a third of the width, a sixth of the height. */
export function centredRedaction(): Redaction {
	return { x: 1 / 3, y: 5 / 12, width: 1 / 3, height: 1 / 6 };
}

/** Moved by (dx, dy), kept whole inside the photo. */
export function moveRedaction(rect: Redaction, dx: number, dy: number): Redaction {
	return {
		...rect,
		x: Math.min(1 - rect.width, Math.max(0, rect.x + dx)),
		y: Math.min(1 - rect.height, Math.max(0, rect.y + dy))
	};
}

/** Grown or shrunk from its top-left corner, never smaller than a usable redaction. */
export function resizeRedaction(rect: Redaction, dw: number, dh: number): Redaction {
	const side = (value: number, room: number) =>
		Math.min(room, Math.max(MIN_REDACTION_SIDE * 2, value));
	return {
		...rect,
		width: side(rect.width + dw, 1 - rect.x),
		height: side(rect.height + dh, 1 - rect.y)
	};
}
