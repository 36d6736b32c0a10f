import { describe, expect, it } from 'vitest';
import { serialTask } from './serial-task.ts';

describe('serialTask', () => {
	it('never overlaps runs and gives a caller a run that started after its call', async () => {
		let value = 0;
		let active = 0;
		let maxActive = 0;
		const run = serialTask(async () => {
			active++;
			maxActive = Math.max(maxActive, active);
			const seen = value;
			await new Promise((resolve) => setTimeout(resolve, 10));
			active--;
			return seen;
		});
		const first = run();
		await new Promise((resolve) => setTimeout(resolve, 2));
		value = 1; // changed while the first run is in flight
		const second = run();
		const third = run();
		expect(await first).toBe(0);
		expect(await second).toBe(1);
		expect(third).toBe(second); // coalesced
		expect(maxActive).toBe(1);
	});

	it('keeps going after a failed run', async () => {
		let calls = 0;
		const run = serialTask(async () => {
			calls++;
			if (calls === 1) throw new Error('disque plein');
			return calls;
		});
		await expect(run()).rejects.toThrow('disque plein');
		expect(await run()).toBe(2);
	});
});
