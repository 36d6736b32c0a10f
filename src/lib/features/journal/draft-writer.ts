/**
 * Coalescing writer of one document's draft. Keystrokes arriving while a write is in flight are
 * merged into ONE next write, so a fast typist never builds a queue that a killed tab would
 * lose; `idle` is true only when every keystroke so far is stored.
 *
 * Each stored keystroke is measured (`draft-save`: from its input event to its stored draft,
 * queueing included), which the benchmark reads through the Performance API.
 */
import { saveDraft, type DraftType } from '$lib/data/draft.repository';

export class DraftWriter {
	#pending: Record<string, unknown> | null = null;
	#starts: number[] = [];
	#running: Promise<void> | null = null;
	readonly #userId: string;
	readonly #docId: string;
	readonly #docType: DraftType;
	readonly #onState: (state: 'saving' | 'saved' | 'error', error?: unknown) => void;

	constructor(
		userId: string,
		docId: string,
		docType: DraftType,
		onState: (state: 'saving' | 'saved' | 'error', error?: unknown) => void
	) {
		this.#userId = userId;
		this.#docId = docId;
		this.#docType = docType;
		this.#onState = onState;
	}

	/** Queues fields; resolves once they (and everything before) are stored or failed. */
	write(patch: Record<string, unknown>, startedAt?: number): Promise<void> {
		this.#pending = { ...this.#pending, ...patch };
		if (startedAt !== undefined) this.#starts.push(startedAt);
		this.#onState('saving');
		this.#running ??= this.#drain();
		return this.#running;
	}

	/** Keystrokes not stored yet (waiting, or being written). */
	get busy(): boolean {
		return this.#running !== null;
	}

	/** Resolves when nothing is waiting to be stored. */
	settled(): Promise<void> {
		return this.#running ?? Promise.resolve();
	}

	async #drain(): Promise<void> {
		let failed: unknown = null;
		while (this.#pending) {
			const patch = this.#pending;
			const starts = this.#starts;
			this.#pending = null;
			this.#starts = [];
			try {
				await saveDraft(this.#userId, this.#docId, this.#docType, patch);
				for (const start of starts) performance.measure('draft-save', { start });
				failed = null;
			} catch (error) {
				failed = error;
			}
		}
		this.#running = null;
		if (failed) this.#onState('error', failed);
		else this.#onState('saved');
	}
}
