/**
 * Gateway settings, all from the environment (documented in docs/deployment.md).
 * Everything the gateway stores lives under DATA_DIR.
 */
import { resolve } from 'node:path';

export interface GatewayConfig {
	host: string;
	port: number;
	dataDir: string;
	buildDir: string;
	/** Seed the demo school on a fresh DATA_DIR (DEMO=0 disables it). */
	demo: boolean;
	/** A real CouchDB 3 cluster; when absent the embedded server is started. */
	couch?: { url: string; user: string; password: string };
	/** Set when the gateway is reached over HTTPS (directly or behind a TLS proxy). */
	secureCookies: boolean;
	/** How often archived classes past their purge date are purged (PURGE_INTERVAL_MINUTES). */
	purgeIntervalMinutes: number;
	/** Longest wait of one `_changes` request (CHANGES_MAX_WAIT_MS), see proxy/changes-feed.ts. */
	changesMaxWaitMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
	const couchUrl = env.COUCHDB_URL?.trim();
	return {
		host: env.HOST ?? '127.0.0.1',
		port: Number(env.PORT ?? 5173),
		dataDir: resolve(env.DATA_DIR ?? 'data'),
		buildDir: resolve(env.BUILD_DIR ?? 'build'),
		demo: env.DEMO !== '0',
		couch: couchUrl
			? { url: couchUrl, user: env.COUCHDB_USER ?? '', password: env.COUCHDB_PASSWORD ?? '' }
			: undefined,
		secureCookies: env.HTTPS === '1' || (env.PUBLIC_URL ?? '').startsWith('https:'),
		purgeIntervalMinutes: Math.max(1, Number(env.PURGE_INTERVAL_MINUTES ?? 60) || 60),
		changesMaxWaitMs: Math.max(1000, Number(env.CHANGES_MAX_WAIT_MS ?? 25_000) || 25_000)
	};
}
