/**
 * The gateway: one Node process that serves the built app, authenticates users and exposes the
 * CouchDB replication protocol for the databases each caller may use. Behind it: the embedded
 * CouchDB-compatible server (default) or a real CouchDB 3 cluster (COUCHDB_URL). Listens on
 * HOST/PORT and keeps everything under DATA_DIR.
 */
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { AccessRules } from './accounts/access.ts';
import { AccountsRepository } from './accounts/accounts.repository.ts';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { SessionStore } from './auth/sessions.ts';
import { readConfig } from './config.ts';
import { connectCouch } from './couch/backend.ts';
import { seedDemo } from './demo/seed.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_STUDENTS } from './demo/seed-accounts.ts';
import { createGateway } from './gateway.ts';
import { securityHeaders } from './http/security-headers.ts';
import { provisionAllJournals, provisionSystem } from './provision/provision.ts';
import { createStaticHandler } from './static-files.ts';
import { AuditLog } from './audit/audit-log.ts';
import { TutorAccessClock } from './lifecycle/journal-states.ts';
import { startPurgeScheduler } from './lifecycle/purge.ts';
import { SettingsStore } from './lifecycle/settings.ts';

const config = readConfig();
await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
const couch = await connectCouch(config);
await provisionSystem(couch.server, couch.embedded);
// Embedded: journals are repaired at every start (cheap, one school). A cluster may hold
// thousands of journals: there, `npm run provision` does it once per upgrade.
if (couch.embedded) await provisionAllJournals(couch.server);
const accounts = new AccountsRepository(couch.server);
if (config.demo && (await seedDemo(couch, accounts))) {
	const names = [...DEMO_STUDENTS, ...DEMO_STAFF].map((person) => person.username).join(', ');
	console.log(`Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») : ${names}`);
}

const settings = new SettingsStore(accounts);
const audit = new AuditLog(couch.server);
await audit.ensure();
const services = {
	couch,
	accounts,
	sessions: new SessionStore(accounts),
	access: new AccessRules(accounts, new TutorAccessClock(couch, settings)),
	rateLimiter: new LoginRateLimiter(),
	secureCookies: config.secureCookies,
	changesMaxWaitMs: config.changesMaxWaitMs,
	audit,
	settings
};
const stopPurges = startPurgeScheduler(services, config.purgeIntervalMinutes * 60_000);
const handle = createGateway(
	services,
	createStaticHandler(config.buildDir),
	securityHeaders(config.buildDir, config.secureCookies)
);
const server = createServer((req, res) => {
	handle(req, res).catch(() => {
		if (!res.headersSent) res.writeHead(500);
		res.end();
	});
});
server.requestTimeout = 0; // `_changes` long-polls and large photo pushes may take a while

server.listen(config.port, config.host, () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : config.port;
	console.log(`Carnet de stage: http://${config.host}:${actualPort}`);
	// A COUCHDB_URL may carry credentials: the log shows the host only.
	console.log(
		`Données : ${config.dataDir} — CouchDB ${couch.embedded ? 'intégré' : new URL(couch.url).host}`
	);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	console.log(`Arrêt (${signal})…`);
	const closed = new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeIdleConnections();
	// Long-polling sync requests would hold the close forever: cut them after a short grace.
	const grace = setTimeout(() => server.closeAllConnections(), 2000);
	await closed;
	clearTimeout(grace);
	stopPurges();
	await couch.stop();
	process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
