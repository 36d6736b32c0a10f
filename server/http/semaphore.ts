/**
 * A FIFO limit on how many heavy requests run at once. Requests beyond it wait before their
 * body is read, so the data waits in TCP buffers (backpressure) instead of memory, and under a
 * rush the first students to arrive finish first instead of everyone finishing last together.
 */
export class Semaphore {
	readonly #max: number;
	#running = 0;
	readonly #waiting: (() => void)[] = [];

	constructor(max: number) {
		this.#max = Math.max(1, max);
	}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.#running >= this.#max)
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		else this.#running++;
		try {
			return await task();
		} finally {
			const next = this.#waiting.shift();
			if (next) next();
			else this.#running--;
		}
	}
}
