import { describe, expect, it } from 'vitest';
import { startUpHold, startUpReleased } from './start-up';

const settledWithin = (promise: Promise<unknown>, ms = 20) =>
	Promise.race([
		promise.then(() => true),
		new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))
	]);

describe('start-up holds', () => {
	it('waits for every hold, including one taken as the previous one ends', async () => {
		const releaseList = startUpHold();
		const released = startUpReleased();
		expect(await settledWithin(released)).toBe(false);
		// The list of weeks ends (tap on a week) and the week page takes its own hold.
		releaseList();
		const releaseWeek = startUpHold();
		expect(await settledWithin(released)).toBe(false);
		releaseWeek();
		expect(await settledWithin(released)).toBe(true);
	});

	it('is released by a second call as by the first', async () => {
		const release = startUpHold();
		release();
		release();
		expect(await settledWithin(startUpReleased())).toBe(true);
	});
});
