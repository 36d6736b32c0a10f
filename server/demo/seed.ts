/**
 * Seeds the demo school on a fresh DATA_DIR: a class, a teacher assigned to it, three students
 * with journals, a tutor linked to the students and an admin. Runs once: a marker document in
 * the accounts database records it (DEMO=0 skips it entirely).
 */
import type { UserDoc } from '../accounts/account-types.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { provisionJournal } from '../provision/journal-db.ts';
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STAFF, DEMO_STUDENTS } from './seed-accounts.ts';
import { seedJournal } from './seed-journals.ts';

const MARKER = 'demo-seeded';

export async function seedDemo(
	couch: CouchBackend,
	accounts: AccountsRepository
): Promise<boolean> {
	if (await accounts.get(MARKER)) return false;
	await accounts.insert({ _id: 'school', type: 'school', name: 'Lycée Victor-Hugo (démo)' });
	const schoolClass = await accounts.createClass(DEMO_CLASS);
	const staff = new Map<string, UserDoc>();
	for (const person of DEMO_STAFF) {
		staff.set(person.role, await accounts.createUser({ ...person, password: DEMO_PASSWORD }));
	}
	await accounts.link('teaches', staff.get('teacher')!.id, schoolClass.id);
	for (const [index, student] of DEMO_STUDENTS.entries()) {
		const user = await accounts.createUser({
			...student,
			role: 'student',
			password: DEMO_PASSWORD
		});
		await accounts.link('member', schoolClass.id, user.id);
		await accounts.link('tutorlink', staff.get('tutor')!.id, user.id);
		const db = await provisionJournal(couch.server, user.id);
		await seedJournal(couch.server.use(db), student, DEMO_CLASS, index);
	}
	await accounts.insert({ _id: MARKER, type: 'marker', at: new Date().toISOString() });
	return true;
}
