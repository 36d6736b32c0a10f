import { describe, expect, it } from 'vitest';
import {
	centredRedaction,
	cleanRedactions,
	isUsableRedaction,
	MAX_REDACTIONS,
	moveRedaction,
	rectFromPoints,
	redactionPixels,
	resizeRedaction
} from './redact-geometry.ts';

describe('rectFromPoints', () => {
	it('orders the corners of a drag in any direction and clamps to the photo', () => {
		const rect = rectFromPoints({ x: 0.8, y: 0.9 }, { x: 0.2, y: -0.5 });
		expect([rect.x, rect.y, rect.height]).toEqual([0.2, 0, 0.9]);
		expect(rect.width).toBeCloseTo(0.6, 10);
	});
});

describe('cleanRedactions', () => {
	it('keeps finite rectangles, drops taps and garbage, caps the count', () => {
		expect(cleanRedactions('x')).toEqual([]);
		const kept = cleanRedactions([
			{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 },
			{ x: 0.5, y: 0.5, width: 0.001, height: 0.3 },
			{ x: Number.NaN, y: 0, width: 1, height: 1 },
			null,
			{ x: 0.9, y: 0.9, width: 0.5, height: 0.5 }
		]);
		const rounded = kept.map((r) => [r.x, r.y, r.width, r.height].map((n) => +n.toFixed(6)));
		expect(rounded).toEqual([
			[0.1, 0.1, 0.2, 0.2],
			[0.9, 0.9, 0.1, 0.1]
		]);
		const many = Array.from({ length: 80 }, () => ({ x: 0, y: 0, width: 0.5, height: 0.5 }));
		expect(cleanRedactions(many)).toHaveLength(MAX_REDACTIONS);
	});
});

describe('redactionPixels', () => {
	it('rounds outwards so no partly covered pixel escapes', () => {
		expect(redactionPixels([{ x: 0.101, y: 0.5, width: 0.2, height: 0.5 }], 100, 10)).toEqual([
			{ x: 10, y: 5, width: 21, height: 5 }
		]);
	});
});

describe('keyboard redactions', () => {
	it('adds a centred rectangle that can be drawn', () => {
		const rect = centredRedaction();
		expect(rect.x + rect.width / 2).toBeCloseTo(0.5);
		expect(rect.y + rect.height / 2).toBeCloseTo(0.5);
		expect(isUsableRedaction(rect)).toBe(true);
	});

	it('moves a rectangle, never out of the photo', () => {
		const rect = { x: 0.1, y: 0.1, width: 0.3, height: 0.2 };
		const moved = moveRedaction(rect, 0.05, -0.02);
		expect(moved.x).toBeCloseTo(0.15);
		expect(moved.y).toBeCloseTo(0.08);
		expect(moveRedaction(rect, -1, -1)).toEqual({ ...rect, x: 0, y: 0 });
		const far = moveRedaction(rect, 2, 2);
		expect(far.x).toBeCloseTo(0.7);
		expect(far.y).toBeCloseTo(0.8);
	});

	it('resizes a rectangle inside the photo and never below a usable size', () => {
		const rect = { x: 0.6, y: 0.5, width: 0.3, height: 0.2 };
		const grown = resizeRedaction(rect, 0.5, 0.5);
		expect(grown.width).toBeCloseTo(0.4);
		expect(grown.height).toBeCloseTo(0.5);
		const small = resizeRedaction(rect, -1, -1);
		expect(isUsableRedaction(small)).toBe(true);
		expect(small.width).toBeLessThan(0.05);
	});
});
