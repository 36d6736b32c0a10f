/** For unit specs only: an in-memory IndexedDB and the `self` global that pouchdb-browser reads. */
import 'fake-indexeddb/auto';

(globalThis as { self?: unknown }).self ??= globalThis;
