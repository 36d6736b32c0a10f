/**
 * A reader's first pull of a journal, text first: every document but photos (a few kB of
 * text) in one pass, so a tutor on a slow phone reads the week in seconds; the live sync
 * started afterwards brings the photos with their JPEG attachments. Thumbnails meanwhile load
 * from the gateway. Best effort: a failure leaves the live sync to do everything.
 */
import { gatewayFetch } from './replication.ts';

export async function pullTextFirst(
	local: PouchDB.Database,
	remote: (fetch: typeof globalThis.fetch) => PouchDB.Database,
	timeoutMs = 15_000
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
		filter: (doc: { _id: string }) =>
			!doc._id.startsWith('photo:') && !doc._id.startsWith('_design/'),
		batch_size: 100
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
