/**
 * The browser's PouchDB, built from its parts: what `pouchdb-browser` bundles minus the
 * map/reduce plugin (`query`/`viewCleanup`), which the device never uses and which cost ~5 KB
 * gzip on the student's home page. Same `idb` adapter as `pouchdb-browser` 9, so journals
 * already stored on a device open unchanged.
 */
// Its ES build by path: see pouchdb-core.d.ts for why.
import PouchDB from 'pouchdb-core/lib/index.es.js';
import IdbAdapter from 'pouchdb-adapter-idb';
import HttpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(IdbAdapter).plugin(HttpAdapter).plugin(replication);

export default PouchDB;
