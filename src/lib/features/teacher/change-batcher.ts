/**
 * Gathers changed ids per journal for a short while and hands them over in one batch, so a
 * replication batch of ten documents costs one dashboard rebuild, not ten.
 */
export class ChangeBatcher {
	#changed = new Map<string, Set<string>>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#delayMs: number;
	#flush: (changed: Map<string, Set<string>>) => void;

	constructor(delayMs: number, flush: (changed: Map<string, Set<string>>) => void) {
		this.#delayMs = delayMs;
		this.#flush = flush;
	}

	note(journal: string, id: string): void {
		const ids = this.#changed.get(journal) ?? new Set<string>();
		ids.add(id);
		this.#changed.set(journal, ids);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const changed = this.#changed;
			this.#changed = new Map();
			this.#flush(changed);
		}, this.#delayMs);
	}

	clear(): void {
		clearTimeout(this.#timer);
		this.#changed.clear();
	}
}
