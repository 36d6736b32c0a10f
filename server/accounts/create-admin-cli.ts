/**
 * `npm run create-admin -- <username> "<Display name>"`: creates an admin account on the
 * configured back end (COUCHDB_URL, or the embedded server of DATA_DIR while the gateway is
 * stopped) and prints its temporary password once.
 */
import { readConfig } from '../config.ts';
import { connectCouch } from '../couch/backend.ts';
import { provisionSystem } from '../provision/provision.ts';
import { AccountsRepository, USERNAME_PATTERN, UsernameTaken } from './accounts.repository.ts';
import { temporaryPassword } from './password.ts';

const [username = '', displayName = 'Administrateur'] = process.argv.slice(2);
if (!USERNAME_PATTERN.test(username)) {
	console.error('Usage : npm run create-admin -- <identifiant> "<Nom affiché>"');
	process.exit(2);
}
const couch = await connectCouch(readConfig());
try {
	await provisionSystem(couch.server, couch.embedded);
	const password = temporaryPassword();
	await new AccountsRepository(couch.server).createUser({
		username,
		displayName,
		role: 'admin',
		password
	});
	console.log(`Compte administrateur « ${username} » créé. Mot de passe provisoire : ${password}`);
} catch (error) {
	if (!(error instanceof UsernameTaken)) throw error;
	console.error(`L’identifiant « ${username} » existe déjà.`);
	process.exitCode = 1;
} finally {
	await couch.stop();
}
