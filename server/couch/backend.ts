/**
 * The CouchDB the gateway sits in front of: the embedded server (default) or a real CouchDB 3
 * cluster (COUCHDB_URL + COUCHDB_USER + COUCHDB_PASSWORD). Both are reached only through the
 * CouchDB HTTP API with an admin credential that never leaves the gateway.
 */
import nano from 'nano';
import type { GatewayConfig } from '../config.ts';
import { startEmbeddedCouch } from './embedded-couch.ts';

export interface CouchBackend {
	/** Base URL without credentials, e.g. `http://127.0.0.1:41234`. */
	url: string;
	/** `Basic …` header value for admin requests. */
	authorization: string;
	server: nano.ServerScope;
	embedded: boolean;
	stop(): Promise<void>;
}

function withCredential(url: string, user: string, password: string): nano.ServerScope {
	const parsed = new URL(url);
	parsed.username = encodeURIComponent(user);
	parsed.password = encodeURIComponent(password);
	return nano({ url: parsed.toString().replace(/\/$/, '') });
}

export async function connectCouch(config: GatewayConfig): Promise<CouchBackend> {
	const external = config.couch;
	const couch = external
		? { url: external.url, user: external.user, password: external.password, stop: async () => {} }
		: await startEmbeddedCouch(config.dataDir);
	const url = couch.url.replace(/\/$/, '');
	return {
		url,
		authorization: 'Basic ' + Buffer.from(`${couch.user}:${couch.password}`).toString('base64'),
		server: withCredential(url, couch.user, couch.password),
		embedded: !external,
		stop: couch.stop
	};
}
