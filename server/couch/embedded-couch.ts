/**
 * The embedded CouchDB-compatible server (express-pouchdb + PouchDB/leveldb), used when no
 * COUCHDB_URL is given. It listens on 127.0.0.1 only, on a random port, keeps its data under
 * DATA_DIR/couch, and is protected by an admin credential generated on first start (file
 * DATA_DIR/couch/admin.json, mode 0600). The gateway talks to it only through the CouchDB HTTP
 * API, exactly as it would to a real cluster.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import './pouchdb-validation-fix.ts';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';

export interface CouchCredential {
	url: string;
	user: string;
	password: string;
}

export interface EmbeddedCouch extends CouchCredential {
	stop(): Promise<void>;
}

const ADMIN_USER = 'carnet_gateway';

async function adminPassword(dir: string): Promise<string> {
	const file = join(dir, 'admin.json');
	if (existsSync(file)) {
		const saved = JSON.parse(await readFile(file, 'utf8')) as { password: string };
		return saved.password;
	}
	const password = randomBytes(24).toString('base64url');
	await writeFile(file, JSON.stringify({ user: ADMIN_USER, password }) + '\n', { mode: 0o600 });
	await chmod(file, 0o600);
	return password;
}

/** Reads the admin credential of an embedded server (tests and the provision command use it). */
export async function readEmbeddedAdmin(
	dataDir: string
): Promise<{ user: string; password: string }> {
	const saved = JSON.parse(await readFile(join(dataDir, 'couch', 'admin.json'), 'utf8')) as {
		password: string;
	};
	return { user: ADMIN_USER, password: saved.password };
}

export async function startEmbeddedCouch(dataDir: string): Promise<EmbeddedCouch> {
	const dir = join(dataDir, 'couch');
	await mkdir(join(dir, 'db'), { recursive: true, mode: 0o700 });
	const password = await adminPassword(dir);
	// express-pouchdb hashes plain-text admins of its config file when it loads it, which ends
	// the "admin party" before the first request.
	const configPath = join(dir, 'config.json');
	const config = existsSync(configPath)
		? (JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>)
		: {};
	const admins = (config.admins ?? {}) as Record<string, string>;
	if (!admins[ADMIN_USER]) {
		config.admins = { [ADMIN_USER]: password };
		config.log = { file: join(dir, 'log.txt'), level: 'warning' };
		await writeFile(configPath, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
	}
	// revs_limit mirrors provision/journal-db.ts: express-pouchdb has no `_revs_limit` endpoint.
	const LocalPouch = PouchDB.defaults({ prefix: join(dir, 'db') + '/', revs_limit: 20 });
	const app = expressPouchDB(LocalPouch, {
		configPath,
		logPath: join(dir, 'log.txt'),
		// Only what the gateway uses stays on: fewer routes, fewer of express-pouchdb's known
		// leaks (`_all_dbs` and `_find` ignore database security, `_config` edits admins).
		overrideMode: {
			exclude: [
				'routes/fauxton',
				'routes/replicate',
				'replicator',
				'routes/all-dbs',
				'routes/config',
				'routes/find',
				'routes/active-tasks',
				'routes/db-updates',
				'routes/log',
				'routes/stats',
				'routes/uuids',
				'routes/vhosts',
				'routes/rewrite',
				'routes/show',
				'routes/list',
				'routes/update',
				'routes/special-test-auth',
				'routes/temp-views',
				'routes/cluster',
				'routes/cluster-rewrite'
			]
		}
	});
	const server = await new Promise<Server>((resolve, reject) => {
		const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
		listening.once('error', reject);
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		user: ADMIN_USER,
		password,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
