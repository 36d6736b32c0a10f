import { describe, expect, it } from 'vitest';
import { LatestWriter } from './latest-writer.ts';

/** A write that ends when `finish` is called, recording its value when it starts and ends. */
function slowWrites() {
	const log: string[] = [];
	const finishers: (() => void)[] = [];
	const write =
		(value: string, fail = false) =>
		() => {
			log.push(`start ${value}`);
			return new Promise<void>((resolve, reject) => {
				finishers.push(() => {
					log.push(`end ${value}`);
					if (fail) reject(new Error(value));
					else resolve();
				});
			});
		};
	const finishNext = async () => {
		finishers.shift()?.();
		await new Promise((resolve) => setTimeout(resolve, 0));
	};
	return { log, write, finishNext };
}

describe('LatestWriter', () => {
	it('starts the first write at once, in the caller’s task', () => {
		const { log, write } = slowWrites();
		void new LatestWriter().write(write('a'));
		expect(log).toEqual(['start a']);
	});

	it('runs one write at a time and skips those a later one replaces', async () => {
		const { log, write, finishNext } = slowWrites();
		const writer = new LatestWriter();
		void writer.write(write('a'));
		void writer.write(write('b'));
		const done = writer.write(write('c'));
		await finishNext();
		expect(log).toEqual(['start a', 'end a', 'start c']);
		await finishNext();
		await done;
		expect(log).toEqual(['start a', 'end a', 'start c', 'end c']);

		void writer.write(write('d'));
		expect(log.at(-1)).toBe('start d');
	});

	it('starts the waiting write at once when hurried, and then has nothing left', async () => {
		const { log, write, finishNext } = slowWrites();
		const writer = new LatestWriter();
		const done = writer.write(write('a'));
		void writer.write(write('b'));
		writer.hurry();
		expect(log).toEqual(['start a', 'start b']);
		await finishNext();
		await finishNext();
		await done;
		expect(log).toEqual(['start a', 'start b', 'end a', 'end b']);
		writer.hurry();
		expect(log).toHaveLength(4);
	});

	it('goes on after a failed write and reports its error', async () => {
		const { log, write, finishNext } = slowWrites();
		const writer = new LatestWriter();
		const errors: unknown[] = [];
		void writer.write(write('a', true), (e) => errors.push(e));
		const done = writer.write(write('b'));
		await finishNext();
		await finishNext();
		await done;
		expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
		expect(errors.map((e) => (e as Error).message)).toEqual(['a']);
	});
});
