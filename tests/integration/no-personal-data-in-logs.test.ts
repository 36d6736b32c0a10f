/**
 * No personal data in the gateway's logs: a real gateway goes through an admin CSV import, a
 * student's login (and failed ones), a sync of a journal holding personal text, an invitation
 * link opened by a tutor (and a forged one), then everything it wrote to stdout and stderr is
 * searched for the names, usernames, secrets, contents and client address used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PouchDB from 'pouchdb';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { entryDoc, rand } from './support/docs.ts';
import { json, localPouch, login, type UserClient } from './support/gateway-client.ts';
import { createClass, importStudents, stageDoc, isoDay } from './support/lifecycle.ts';
import { exchange, invite, openLink, tokenOf } from './support/tutor-client.ts';

let app: RunningApp;
let admin: UserClient;

// Unusual values, so a hit in the logs cannot be a coincidence.
const LAST_NAME = 'Vasseur-Lémeryx';
const FIRST_NAME = 'Quentiline';
const TUTOR_NAME = 'Bérangère Kerdoncuffx';
const TUTOR_EMAIL = 'berangere.kerdoncuffx@exemple-entreprise.fr';
const TUTOR_PHONE = '06 71 82 93 04';
const ENTRY_TEXT = 'Dépannage du poste de Mme Plouzanétix, service comptabilité';
const WRONG_PASSWORD = 'mauvais-Secret-4821';
const UNKNOWN_USER = 'fantome.inexistantx';

beforeAll(async () => {
	app = await startApp();
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await app?.stop();
});

describe('server logs', () => {
	it('hold none of the personal values a day of use goes through', async () => {
		const classId = await createClass(admin, `SIO1 ${rand()}`);
		const [student] = await importStudents(app.url, admin, classId, LAST_NAME, [FIRST_NAME]);
		const secrets: string[] = [student!.password, student!.cookie, student!.me.csrfToken];

		// Failed logins: a wrong password for a real user, then an unknown user.
		for (const [username, password] of [
			[student!.username, WRONG_PASSWORD],
			[UNKNOWN_USER, WRONG_PASSWORD]
		]) {
			const refused = await fetch(`${app.url}/api/auth/login`, {
				method: 'POST',
				...json({ username, password })
			});
			expect(refused.status).toBe(401);
		}

		// A sync of a journal holding personal text, both ways.
		const stage = {
			...stageDoc(isoDay(-10), isoDay(20), TUTOR_NAME),
			tutor: { name: TUTOR_NAME, email: TUTOR_EMAIL, phone: TUTOR_PHONE }
		};
		const entry = { ...entryDoc(isoDay(-3)), stageId: stage._id, text: ENTRY_TEXT };
		const device = await localPouch();
		await device.bulkDocs([stage, entry]);
		const remote = student!.remote(student!.journal);
		const pushed = await PouchDB.replicate(device, remote);
		expect(pushed.docs_written).toBe(2);
		const pulled = await PouchDB.replicate(remote, await localPouch());
		expect(pulled.docs_written).toBeGreaterThanOrEqual(2);

		// An invitation link opened by the tutor's phone, then a forged link.
		const invitation = await invite(student!, stage._id);
		const token = tokenOf(invitation);
		const tutor = await openLink(app.url, token);
		secrets.push(token, tutor.cookie, tutor.me.csrfToken);
		const read = await tutor.fetch(`/couch/${student!.journal}/${encodeURIComponent(entry._id)}`);
		expect(((await read.json()) as { text: string }).text).toBe(ENTRY_TEXT);
		expect((await exchange(app.url, `${token.slice(0, -4)}AAAA`)).status).toBe(401);

		// Requests that fail inside the gateway still log only opaque facts.
		expect(
			(await student!.fetch(`/couch/${student!.journal}/_all_dbs`)).status
		).toBeGreaterThanOrEqual(400);

		await app.stop(); // flushes the process's streams
		const output = app.output();
		expect(output, 'the capture works').toContain('Carnet de stage: http://');
		const personal = [
			LAST_NAME,
			FIRST_NAME,
			`${FIRST_NAME} ${LAST_NAME}`,
			student!.username,
			TUTOR_NAME,
			TUTOR_EMAIL,
			TUTOR_PHONE,
			ENTRY_TEXT,
			WRONG_PASSWORD,
			UNKNOWN_USER,
			...secrets
		];
		for (const value of personal) {
			expect(output.toLowerCase(), `logs contain « ${value} »`).not.toContain(value.toLowerCase());
		}
		// The client's address: only the gateway's own listening URL may name it.
		const withoutListenLine = output.replace(/Carnet de stage: http:\/\/\S+/g, '');
		expect(withoutListenLine).not.toMatch(/127\.0\.0\.1|::1\b|::ffff:/);
	});
});
