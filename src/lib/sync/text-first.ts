/**
 * A reader's first pull of a journal, text first: every document but photos (a few kB of
 * text) in one pass, so a tutor on a slow phone reads the week in seconds; the live sync
 * started afterwards brings the photos with their JPEG attachments. Thumbnails meanwhile load
 * from the gateway. Best effort: a failure leaves the live sync to do everything.
 * `pullOnce` is the same filtered one-shot pull (the tutor's phone uses it to bring the photos
 * of the weeks waiting for a visa before the rest).
 */
import { gatewayFetch } from './replication.ts';

export function pullTextFirst(
	local: PouchDB.Database,
	remote: (fetch: typeof globalThis.fetch) => PouchDB.Database,
	timeoutMs = 15_000
): Promise<void> {
	return pullOnce(local, remote, {
		filter: (doc) => !doc._id.startsWith('photo:') && !doc._id.startsWith('_design/'),
		batchSize: 100,
		timeoutMs
	});
}

interface PullOptions {
	filter: (doc: { _id: string }) => boolean;
	batchSize: number;
	timeoutMs?: number;
	/** `false` for one-off pulls whose filter changes between calls (no checkpoint reused). */
	checkpoint?: boolean;
}

/** One filtered pull, best effort, cancelled after `timeoutMs` (15 s by default). */
export async function pullOnce(
	local: PouchDB.Database,
	remote: (fetch: typeof globalThis.fetch) => PouchDB.Database,
	{ filter, batchSize, timeoutMs = 15_000, checkpoint = true }: PullOptions
): Promise<void> {
	const fetch = gatewayFetch(
		(i, o) => globalThis.fetch(i, o),
		() => '',
		{
			reachable: () => undefined,
			status: () => undefined
		}
	);
	const replication = local.replicate.from(remote(fetch), {
		filter,
		batch_size: batchSize,
		...(checkpoint ? {} : { checkpoint: false as const })
	});
	const timer = setTimeout(() => replication.cancel(), timeoutMs);
	try {
		await replication;
	} catch {
		// The live sync retries everything.
	} finally {
		clearTimeout(timer);
	}
}
