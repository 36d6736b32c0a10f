/**
 * Seeds the demo school on a fresh DATA_DIR: a class per school year (BTS SIO 1 and 2), a teacher
 * assigned to both, three students with journals in the class of their year, a tutor linked to
 * the students and an admin. Runs once: a marker document in the accounts database records it
 * (DEMO=0 skips it entirely).
 */
import type { UserDoc } from '../accounts/account-types.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { updateDoc } from '../lifecycle/update-doc.ts';
import { provisionJournal } from '../provision/journal-db.ts';
import { DEMO_CLASSES, DEMO_PASSWORD, DEMO_STAFF, DEMO_STUDENTS } from './seed-accounts.ts';
import { seedJournal } from './seed-journals.ts';

const MARKER = 'demo-seeded';

export async function seedDemo(
	couch: CouchBackend,
	accounts: AccountsRepository
): Promise<boolean> {
	if (await accounts.get(MARKER)) return false;
	await accounts.insert({ _id: 'school', type: 'school', name: 'Lycée Victor-Hugo (démo)' });
	const classes = {
		1: await accounts.createClass(DEMO_CLASSES[1], { year: 1, status: 'active' }),
		2: await accounts.createClass(DEMO_CLASSES[2], { year: 2, status: 'active' })
	};
	const staff = new Map<string, UserDoc>();
	for (const person of DEMO_STAFF) {
		staff.set(person.role, await accounts.createUser({ ...person, password: DEMO_PASSWORD }));
	}
	for (const schoolClass of Object.values(classes)) {
		await accounts.link('teaches', staff.get('teacher')!.id, schoolClass.id);
	}
	for (const [index, student] of DEMO_STUDENTS.entries()) {
		const user = await accounts.createUser({
			...student,
			role: 'student',
			password: DEMO_PASSWORD
		});
		// Kept in the account like an imported student's: the class promotion moves it to 2.
		await updateDoc<UserDoc>(accounts, user._id, (doc) => ({
			...doc,
			trainingYear: student.trainingYear,
			option: student.option
		}));
		const schoolClass = classes[student.trainingYear];
		await accounts.link('member', schoolClass.id, user.id);
		await accounts.link('tutorlink', staff.get('tutor')!.id, user.id);
		const db = await provisionJournal(couch.server, user.id);
		await seedJournal(couch.server.use(db), student, schoolClass.name, index);
	}
	await accounts.insert({ _id: MARKER, type: 'marker', at: new Date().toISOString() });
	return true;
}
