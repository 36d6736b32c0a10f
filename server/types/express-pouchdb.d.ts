// express-pouchdb ships no types; the gateway only needs the app it returns.
declare module 'express-pouchdb' {
	import type { Server } from 'node:http';
	interface ExpressPouchApp {
		listen(port: number, host: string, callback: () => void): Server;
	}
	function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): ExpressPouchApp;
	export default expressPouchDB;
}
