/**
 * Runs `task` for a burst of triggers (a first pull writes documents one by one) without
 * overlapping runs: calls made while it runs fold into one more run afterwards, so the last
 * run always starts after the last trigger and a slow early run never overwrites a newer one.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
	let running: Promise<void> | null = null;
	let again = false;
	const run = async (): Promise<void> => {
		try {
			do {
				again = false;
				await task();
			} while (again);
		} finally {
			running = null;
		}
	};
	return () => {
		if (running) {
			again = true;
			return running;
		}
		running = run();
		return running;
	};
}
