/**
 * The same PouchDB class with the HTTP adapter and replication plugged in. Import it (or
 * `$lib/sync/remote-db`) before calling `replicate`/`sync` on any database: the plugins add
 * prototype methods, so journals opened earlier through `pouchdb.ts` gain them too. Kept apart
 * so that the student's home page does not load replication before it has rendered.
 */
import HttpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import PouchDB from './pouchdb.ts';

PouchDB.plugin(HttpAdapter).plugin(replication);

export default PouchDB;
