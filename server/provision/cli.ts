/**
 * `npm run provision`: (re)creates system databases, the accounts database and every student's
 * journal (security, revs_limit, design doc) against COUCHDB_URL, or against the embedded
 * server of DATA_DIR when the gateway is stopped (leveldb allows one process at a time).
 * Safe to run again at any time.
 */
import { readConfig } from '../config.ts';
import { connectCouch } from '../couch/backend.ts';
import { provisionAllJournals, provisionSystem } from './provision.ts';

const config = readConfig();
const couch = await connectCouch(config);
try {
	await provisionSystem(couch.server, couch.embedded);
	const count = await provisionAllJournals(couch.server);
	console.log(`Provisionnement terminé : ${count} carnet(s) d’élève à jour.`);
} finally {
	await couch.stop();
}
