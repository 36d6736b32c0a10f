// `pouchdb-core` is imported by its file path so that TypeScript takes this declaration instead
// of loading `@types/pouchdb-core`, whose global `Buffer` breaks Node's Buffer types (the
// vendored copy in `types/pouchdb-core` is the one without it).
declare module 'pouchdb-core/lib/index.es.js' {
	const PouchDb: PouchDB.Static;
	export = PouchDb;
}
