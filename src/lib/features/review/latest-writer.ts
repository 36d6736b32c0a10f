/**
 * Runs writes one at a time and, while one runs, keeps only the latest of those asked for. A
 * write per keystroke on a slow phone would otherwise pile up in IndexedDB faster than it
 * commits, and a tab killed then loses every write still waiting, not just the last one.
 */
export class LatestWriter {
	#next: (() => Promise<void>) | null = null;
	#running: Promise<void> | null = null;

	/**
	 * Runs `write` after the one running, unless a later one is asked for first. Resolves once
	 * the writes asked for so far are done; a failed write does not stop the later ones, and its
	 * error goes to `onError`.
	 */
	write(write: () => Promise<void>, onError?: (error: unknown) => void): Promise<void> {
		this.#next = async () => {
			try {
				await write();
			} catch (error) {
				onError?.(error);
			}
		};
		this.#running ??= this.#drain();
		return this.#running;
	}

	/**
	 * Starts the waiting write now, beside the one running: a page being hidden may not live until
	 * that one ends. IndexedDB still commits writes to one store in the order they started.
	 */
	hurry(): void {
		const next = this.#next;
		this.#next = null;
		void next?.();
	}

	async #drain(): Promise<void> {
		try {
			while (this.#next) {
				const next = this.#next;
				this.#next = null;
				await next();
			}
		} finally {
			this.#running = null;
		}
	}
}
