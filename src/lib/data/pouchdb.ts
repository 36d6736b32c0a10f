/**
 * The browser's PouchDB, built from its parts: what `pouchdb-browser` bundles minus the
 * map/reduce plugin (`query`/`viewCleanup`), which the device never uses. Same `idb` adapter as
 * `pouchdb-browser` 9, so journals already stored on a device open unchanged.
 *
 * Only the local store is here: reading and writing today's entry needs nothing else. The HTTP
 * adapter and replication (~9 KB gzip) are added by `pouchdb-remote.ts`, which only the sync
 * code loads, after the first render.
 */
// Its ES build by path: see pouchdb-core.d.ts for why.
import PouchDB from 'pouchdb-core/lib/index.es.js';
import IdbAdapter from 'pouchdb-adapter-idb';

PouchDB.plugin(IdbAdapter);

export default PouchDB;
