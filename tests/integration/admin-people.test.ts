/**
 * `GET /api/admin/people` and `GET /api/school` against the real gateway: every account with its
 * links for the admin screens, refused to other roles; the data controller for the notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { login, type UserClient } from './support/gateway-client.ts';

let app: RunningApp;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp({ SCHOOL_CONTACT: 'dpo@exemple.fr' });
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await app?.stop();
});

interface Person {
	id: string;
	username: string;
	role: string;
	classIds: string[];
	studentIds: string[];
}

describe('admin people', () => {
	it('lists accounts with their classes and tutor links', async () => {
		const response = await admin.fetch('/api/admin/people');
		expect(response.status).toBe(200);
		const people = (await response.json()) as Person[];
		const byName = new Map(people.map((p) => [p.username, p]));
		// The demo teacher teaches both demo classes (year 1 and year 2); each student is in one.
		const taught = byName.get('prof.demo')!.classIds;
		expect(taught).toHaveLength(2);
		const leaClasses = byName.get('lea.martin')!.classIds;
		const inesClasses = byName.get('ines.petit')!.classIds;
		expect(leaClasses).toHaveLength(1);
		expect(inesClasses).toHaveLength(1);
		expect([...leaClasses, ...inesClasses].sort()).toEqual([...taught].sort());
		expect(byName.get('hugo.bernard')!.classIds).toEqual(leaClasses);
		const lea = byName.get('lea.martin')!.id;
		expect(byName.get('tuteur.demo')!.studentIds).toContain(lea);
		expect(byName.get('admin.demo')!.role).toBe('admin');
		// No secret leaves the accounts database.
		expect(JSON.stringify(people)).not.toMatch(/passwordHash|scrypt|\$/);
	});

	it('is refused to a teacher and a student', async () => {
		for (const username of ['prof.demo', 'lea.martin']) {
			const user = await login(app.url, username);
			const response = await user.fetch('/api/admin/people');
			expect(response.status).toBe(403);
			expect(await response.json()).toEqual({ error: 'Réservé aux administrateurs.' });
		}
	});

	it('names the school publicly, for the privacy notice', async () => {
		const response = await fetch(`${app.url}/api/school`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			name: 'Lycée Victor-Hugo (démo)',
			contact: 'dpo@exemple.fr'
		});
	});
});
