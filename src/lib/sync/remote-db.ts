/**
 * The browser's handle on a gateway database: `${origin}/couch/<name>`, through the fetch the
 * sync channel gives (cookie + CSRF). `skip_setup`: the gateway provisions databases; the
 * client must never try to create one.
 */
// The remote build of PouchDB: loading this module plugs in HTTP and replication.
import PouchDB from '$lib/data/pouchdb-remote.ts';

export function openGatewayDb(name: string, fetch: typeof globalThis.fetch): PouchDB.Database {
	return new PouchDB(`${location.origin}/couch/${name}`, { fetch, skip_setup: true });
}
