/**
 * The browser's handle on a gateway database: `${origin}/couch/<name>`, through the fetch the
 * sync channel gives (cookie + CSRF). `skip_setup`: the gateway provisions databases; the
 * client must never try to create one.
 */
import PouchDB from '$lib/data/pouchdb.ts';

export function openGatewayDb(name: string, fetch: typeof globalThis.fetch): PouchDB.Database {
	return new PouchDB(`${location.origin}/couch/${name}`, { fetch, skip_setup: true });
}
