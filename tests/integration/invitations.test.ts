/**
 * Invitation links for tutors, against the real gateway: a student makes a link, a tutor's phone
 * (no cookie of its own) opens it and reads exactly that journal, opens it again later, loses
 * access when the link is revoked or expires; links are the student's (or their teacher's) to
 * list and revoke; unknown tokens are rate-limited like logins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type MeBody, type UserClient } from './support/gateway-client.ts';
import {
	exchange,
	firstStageId,
	invite,
	openLink,
	tokenOf,
	type CreatedInvitation
} from './support/tutor-client.ts';

let app: RunningApp;
let lea: UserClient;
let hugo: UserClient;
let teacher: UserClient;
let leaStage: string;

beforeAll(async () => {
	app = await startApp();
	[lea, hugo, teacher] = (await Promise.all(
		['lea.martin', 'hugo.bernard', 'prof.demo'].map((name) => login(app.url, name))
	)) as [UserClient, UserClient, UserClient];
	leaStage = await firstStageId(lea);
});
afterAll(async () => {
	await app?.stop();
});

/**
 * Edits one record of the accounts database of a stopped gateway, in a separate Node process
 * (the embedded server's LevelDB files stay locked for as long as a process holds them).
 */
async function patchAccountsDoc(dataDir: string, id: string, patch: Record<string, unknown>) {
	const script = `
		import { connectCouch } from './server/couch/backend.ts';
		import { readConfig } from './server/config.ts';
		const couch = await connectCouch(readConfig({ DATA_DIR: process.env.DATA_DIR }));
		const db = couch.server.use('carnet_accounts');
		const doc = await db.get(process.env.DOC_ID);
		await db.insert({ ...doc, ...JSON.parse(process.env.PATCH) });
		await couch.stop();
		process.exit(0);`;
	await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
		env: { ...process.env, DATA_DIR: dataDir, DOC_ID: id, PATCH: JSON.stringify(patch) }
	});
}

async function meStatus(client: UserClient): Promise<number> {
	return (await client.fetch('/api/me')).status;
}

describe('a student invites their tutor', () => {
	let invitation: CreatedInvitation;
	let tutor: UserClient;

	it('creates a link whose token travels only in the URL fragment', async () => {
		invitation = await invite(lea, leaStage);
		expect(invitation.url).toMatch(new RegExp(`^${app.url}/tuteur#[A-Za-z0-9_-]{43}$`));
		expect(invitation.stageId).toBe(leaStage);
		const stage = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(leaStage)}`)
		).json()) as { endDate: string };
		const afterStage = Date.parse(`${stage.endDate}T00:00:00Z`) + 30 * 86_400_000;
		const expires = Date.parse(invitation.expiresAt);
		expect(expires).toBeGreaterThan(Date.now());
		expect(expires).toBeLessThanOrEqual(
			Math.min(afterStage + 86_400_000, Date.now() + 180 * 86_400_000)
		);
		const listed = (await (
			await lea.fetch(`/api/invitations?stageId=${encodeURIComponent(leaStage)}`)
		).json()) as Record<string, unknown>[];
		expect(listed.find((row) => row.id === invitation.id)).toEqual({
			id: invitation.id,
			stageId: leaStage,
			createdAt: expect.any(String),
			expiresAt: invitation.expiresAt
		});
		// The token is never given back.
		expect(JSON.stringify(listed)).not.toContain(tokenOf(invitation));
	});

	it('the page serving the link sends no Referer', async () => {
		const page = await fetch(`${app.url}/tuteur`);
		expect(page.headers.get('referrer-policy')).toBe('no-referrer');
	});

	it('the tutor opens it on a phone with no account: role tutor, exactly that journal', async () => {
		tutor = await openLink(app.url, tokenOf(invitation));
		const me = (await (await tutor.fetch('/api/me')).json()) as MeBody;
		expect(me.user.role).toBe('tutor');
		expect(me.user.displayName).toBeTruthy();
		expect(me.databases).toEqual([
			{ name: lea.journal, access: 'read', studentName: 'Léa Martin', stageId: leaStage }
		]);
		expect((await tutor.fetch(`/couch/${lea.journal}/profile`)).status).toBe(200);
		// Student A's link gives nothing of student B.
		expect((await tutor.fetch(`/couch/${hugo.journal}/profile`)).status).toBe(403);
		expect((await tutor.fetch(`/couch/${hugo.journal}/_changes`)).status).toBe(403);
		// The account has no password: its username cannot log in.
		const byPassword = await fetch(`${app.url}/api/auth/login`, {
			method: 'POST',
			...json({ username: me.user.username, password: '' })
		});
		expect(byPassword.status).toBe(401);
	});

	it('opening the same link again (another phone) reuses the same tutor account', async () => {
		const again = await openLink(app.url, tokenOf(invitation));
		expect(again.me.user.id).toBe(tutor.me.user.id);
		expect(again.cookie).not.toBe(tutor.cookie);
		expect(await meStatus(tutor)).toBe(200);
		expect(await meStatus(again)).toBe(200);
		const listed = (await (await lea.fetch('/api/invitations')).json()) as {
			id: string;
			usedAt?: string;
		}[];
		expect(listed.find((row) => row.id === invitation.id)?.usedAt).toEqual(expect.any(String));
	});

	it('a tutor, a teacher or another student cannot create a link for Léa', async () => {
		for (const client of [tutor, teacher]) {
			const response = await client.fetch('/api/invitations', {
				method: 'POST',
				...json({ stageId: leaStage })
			});
			expect(response.status).toBe(403);
		}
		// Hugo naming Léa's stage: it is not in his journal.
		const hugos = await hugo.fetch('/api/invitations', {
			method: 'POST',
			...json({ stageId: leaStage })
		});
		expect(hugos.status).toBe(404);
		const noCsrf = await fetch(`${app.url}/api/invitations`, {
			method: 'POST',
			headers: { cookie: lea.cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ stageId: leaStage })
		});
		expect(noCsrf.status).toBe(403);
	});

	it('revoking the link ends every session opened with it at once, and the link', async () => {
		const other = await invite(lea, leaStage);
		const phone = await openLink(app.url, tokenOf(other));
		expect((await phone.fetch(`/couch/${lea.journal}/profile`)).status).toBe(200);
		// Hugo cannot revoke Léa's link (answered like a missing one).
		expect((await hugo.fetch(`/api/invitations/${other.id}`, { method: 'DELETE' })).status).toBe(
			404
		);
		expect(await meStatus(phone)).toBe(200);
		const revoked = await lea.fetch(`/api/invitations/${other.id}`, { method: 'DELETE' });
		expect(revoked.status).toBe(200);
		expect(await meStatus(phone)).toBe(401);
		expect((await phone.fetch(`/couch/${lea.journal}/profile`)).status).toBe(401);
		const reopened = await exchange(app.url, tokenOf(other));
		expect(reopened.status).toBe(410);
		expect(await reopened.json()).toEqual({ error: 'Ce lien a été révoqué.' });
		// The first link is untouched.
		expect(await meStatus(tutor)).toBe(200);
	});

	it('a teacher lists and revokes the links of their students; others may not', async () => {
		const third = await invite(lea, leaStage);
		const phone = await openLink(app.url, tokenOf(third));
		const listed = (await (
			await teacher.fetch(`/api/invitations?studentId=${lea.me.user.id}`)
		).json()) as { id: string }[];
		expect(listed.map((row) => row.id)).toContain(third.id);
		expect((await hugo.fetch(`/api/invitations?studentId=${lea.me.user.id}`)).status).toBe(403);
		expect((await phone.fetch(`/api/invitations?studentId=${lea.me.user.id}`)).status).toBe(403);
		const revoked = await teacher.fetch(`/api/invitations/${third.id}`, { method: 'DELETE' });
		expect(revoked.status).toBe(200);
		expect(((await revoked.json()) as { revokedAt?: string }).revokedAt).toEqual(
			expect.any(String)
		);
		expect(await meStatus(phone)).toBe(401);
	});

	it('an unknown token is refused', async () => {
		const response = await exchange(app.url, 'A'.repeat(43));
		expect(response.status).toBe(401);
		expect(response.headers.get('set-cookie')).toBeNull();
		expect(((await response.json()) as { error: string }).error).toMatch(/pas valide/);
		expect(
			(await fetch(`${app.url}/api/tutor/session`, { method: 'POST', body: '{}' })).status
		).toBe(415);
	});

	it('a teacher gets their classes with students and journals', async () => {
		const response = await teacher.fetch('/api/classes/mine');
		expect(response.status).toBe(200);
		const classes = (await response.json()) as {
			students: { id: string; displayName: string; journal: string }[];
		}[];
		const students = classes.flatMap((c) => c.students);
		expect(students).toContainEqual({
			id: lea.me.user.id,
			displayName: 'Léa Martin',
			journal: lea.journal
		});
		expect((await lea.fetch('/api/classes/mine')).status).toBe(403);
	});
});

describe('an expired link', () => {
	it('is refused, and the sessions opened with it stop working', async () => {
		const soon = await invite(lea, leaStage);
		const phone = await openLink(app.url, tokenOf(soon));
		// Operator path, as in production: stop the gateway, edit the accounts database on the same
		// DATA_DIR with the CouchDB API, start again.
		await app.stop();
		const [studentId, suffix] = soon.id.split('-');
		await patchAccountsDoc(app.dataDir, `invitation:${studentId}:${suffix}`, {
			expiresAt: new Date(Date.now() - 60_000).toISOString()
		});
		app = await startApp({ DATA_DIR: app.dataDir });
		const reopened = await exchange(app.url, tokenOf(soon));
		expect(reopened.status).toBe(410);
		expect(await reopened.json()).toEqual({
			error: 'Ce lien a expiré. Demandez un nouveau lien à votre stagiaire.'
		});
		const me = await fetch(`${app.url}/api/me`, { headers: { cookie: phone.cookie } });
		expect(me.status).toBe(401);
		// Léa herself is still logged in with the same cookie (sessions survive a restart).
		expect((await fetch(`${app.url}/api/me`, { headers: { cookie: lea.cookie } })).status).toBe(
			200
		);
	});
});

describe('guessing tokens', () => {
	it('is rate-limited like login, even with a valid link afterwards', async () => {
		const student = await login(app.url, 'lea.martin');
		const valid = await invite(student, leaStage);
		for (let i = 0; i < 5; i++) {
			expect((await exchange(app.url, `${'B'.repeat(42)}${i}`)).status).toBe(401);
		}
		const blocked = await exchange(app.url, tokenOf(valid));
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});
