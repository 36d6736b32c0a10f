/**
 * Runs an async task one at a time and coalesces calls: a call made while a run is in flight
 * gets the next run (shared with every other call made meanwhile), never the stale one. Used to
 * recount pending changes after every replication event without piling up counts.
 */
export function serialTask<T>(task: () => Promise<T>): () => Promise<T> {
	let running: Promise<T> | undefined;
	let queued: Promise<T> | undefined;
	return () => {
		if (queued) return queued;
		const previous = running;
		const next: Promise<T> = (previous ?? Promise.resolve())
			.catch(() => undefined)
			.then(() => {
				if (queued === next) queued = undefined;
				return task();
			});
		if (previous) queued = next;
		running = next;
		void next
			.finally(() => {
				if (running === next) running = undefined;
			})
			.catch(() => undefined);
		return next;
	};
}
