import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
	it('never overlaps runs and always runs once more after the last trigger', async () => {
		let active = 0;
		let maxActive = 0;
		const seen: number[] = [];
		let value = 0;
		const refresh = coalesce(async () => {
			active++;
			maxActive = Math.max(maxActive, active);
			const read = value;
			await new Promise((resolve) => setTimeout(resolve, 5));
			seen.push(read);
			active--;
		});
		const calls = [];
		for (let i = 1; i <= 5; i++) {
			value = i;
			calls.push(refresh());
		}
		await Promise.all(calls);
		expect(maxActive).toBe(1);
		expect(seen.at(-1)).toBe(5);
		expect(seen.length).toBeLessThanOrEqual(2);
	});
});
