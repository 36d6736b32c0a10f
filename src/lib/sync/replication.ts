/**
 * The replication options every journal uses, in one place so the app and the tests run the
 * same thing. Small batches matter on phones: the first sync of a photo-heavy journal sends
 * ~10 documents (with their JPEGs) per request and checkpoints after each batch, so a dropped
 * connection resumes from the last checkpoint instead of starting over.
 */
export const BATCH_SIZE = 10;
export const BATCHES_LIMIT = 2;
export const MAX_BACK_OFF_MS = 60_000;

/** 1 s, 2 s, 4 s … capped at a minute: gentle on a flaky network and on the battery. */
export function backOff(delay: number): number {
	return delay === 0 ? 1000 : Math.min(delay * 2, MAX_BACK_OFF_MS);
}

export function replicationOptions(backOffFunction: (delay: number) => number = backOff) {
	return {
		live: true,
		retry: true,
		back_off_function: backOffFunction,
		batch_size: BATCH_SIZE,
		batches_limit: BATCHES_LIMIT
	};
}

export interface FetchObserver {
	/** True after any answer from the server, false when the request could not be sent. */
	reachable(ok: boolean): void;
	status(status: number): void;
}

/**
 * The fetch PouchDB uses for the remote database: same-origin cookie, CSRF header on writes,
 * and a report of reachability and status so the manager can say "offline" or "expired"
 * precisely instead of guessing from PouchDB's error shapes.
 */
export function gatewayFetch(
	base: typeof fetch,
	csrfToken: () => string,
	observer: FetchObserver
): typeof fetch {
	return async (input, init) => {
		const headers = new Headers(init?.headers);
		const method = (init?.method ?? 'GET').toUpperCase();
		if (method !== 'GET' && method !== 'HEAD') headers.set('X-CSRF-Token', csrfToken());
		let response: Response;
		try {
			response = await base(input, { ...init, headers, credentials: 'same-origin' });
		} catch (error) {
			// A cancelled request (sync stopped) says nothing about the network.
			if ((error as { name?: string } | null)?.name !== 'AbortError') observer.reachable(false);
			throw error;
		}
		observer.reachable(true);
		observer.status(response.status);
		return response;
	};
}

/**
 * Local documents the server does not have yet: those changed after the last push checkpoint
 * that this device pushes (`pushes`: all for a student's journal, visas and comments for a
 * reader), plus `refusedIds` (refused by the server, so already behind the checkpoint).
 */
export async function countPending(
	db: PouchDB.Database,
	lastPushedSeq: number | string,
	options: { refusedIds?: string[]; pushes?: (doc: { _id: string }) => boolean } = {}
): Promise<number> {
	const changes = await db.changes({ since: lastPushedSeq, return_docs: true });
	const ids = new Set(options.refusedIds);
	for (const { id } of changes.results) {
		if (id.startsWith('_design/')) continue;
		if (!options.pushes || options.pushes({ _id: id })) ids.add(id);
	}
	return ids.size;
}

export function isoTime(ms: number): string {
	return new Date(ms).toISOString();
}
