/**
 * The tutor's token exchange carries the journal's text documents (`firstRead`) so a slow phone
 * lists the weeks without replicating first. Against the real gateway: exactly the journal of
 * the link, every document but photos, each at the revision the server stores (a visa signed
 * from them names revisions the server can check), and nothing once the link is revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { login, type UserClient } from './support/gateway-client.ts';
import { exchange, firstStageId, invite, tokenOf } from './support/tutor-client.ts';

interface FirstRead {
	name: string;
	docs: { _id: string; _rev: string; _attachments?: unknown }[];
}

let app: RunningApp;
let lea: UserClient;

beforeAll(async () => {
	app = await startApp();
	lea = await login(app.url, 'lea.martin');
});
afterAll(async () => {
	await app?.stop();
});

describe('the tutor session answer', () => {
	it('carries the journal of the link, photos left out, at the stored revisions', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const response = await exchange(app.url, tokenOf(invitation));
		expect(response.status).toBe(200);
		const { firstRead } = (await response.json()) as { firstRead: FirstRead[] };
		expect(firstRead.map((j) => j.name)).toEqual([lea.journal]);

		const all = (await (await lea.fetch(`/couch/${lea.journal}/_all_docs`)).json()) as {
			rows: { id: string; value: { rev: string } }[];
		};
		const stored = new Map(all.rows.map((row) => [row.id, row.value.rev]));
		const expected = all.rows
			.map((row) => row.id)
			.filter((id) => !id.startsWith('photo:') && !id.startsWith('_design/'));
		const docs = firstRead[0]!.docs;
		expect(docs.map((d) => d._id).sort()).toEqual(expected.sort());
		expect(expected.some((id) => id.startsWith('entry:'))).toBe(true);
		for (const doc of docs) expect(doc._rev, doc._id).toBe(stored.get(doc._id));
	});

	it('carries nothing for a revoked link', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const revoked = await lea.fetch(`/api/invitations/${invitation.id}`, { method: 'DELETE' });
		expect(revoked.ok).toBe(true);
		const response = await exchange(app.url, tokenOf(invitation));
		expect(response.status).toBe(410);
		expect(await response.json()).not.toHaveProperty('firstRead');
	});
});
