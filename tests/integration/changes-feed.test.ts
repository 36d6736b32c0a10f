/**
 * A live pull (`_changes` longpoll with a heartbeat, as PouchDB asks) never outlives the access it
 * was opened with: the gateway caps each wait (CHANGES_MAX_WAIT_MS, 25 s by default, 2 s here), so
 * a tutor whose link is revoked, or a student deleted, is refused at the next round instead of
 * receiving the journal's next change on a request checked before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type UserClient } from './support/gateway-client.ts';
import { firstStageId, invite, openLink, tokenOf } from './support/tutor-client.ts';

let app: RunningApp;
let lea: UserClient;

beforeAll(async () => {
	app = await startApp({ CHANGES_MAX_WAIT_MS: '2000' });
	lea = await login(app.url, 'lea.martin');
});
afterAll(() => app?.stop());

async function lastSeq(client: UserClient, journal: string): Promise<string> {
	const info = (await (await client.fetch(`/couch/${journal}`)).json()) as { update_seq: string };
	return String(info.update_seq);
}

describe('live pulls through the gateway', () => {
	it('answers an idle longpoll with a heartbeat after the capped wait, with no change', async () => {
		const since = await lastSeq(lea, lea.journal);
		const started = Date.now();
		const response = await lea.fetch(
			`/couch/${lea.journal}/_changes?feed=longpoll&heartbeat=10000&since=${encodeURIComponent(since)}`
		);
		expect(response.status).toBe(200);
		const body = (await response.json()) as { results: unknown[] };
		expect(body.results).toEqual([]);
		const waited = Date.now() - started;
		expect(waited).toBeGreaterThanOrEqual(1500);
		expect(waited).toBeLessThan(9000); // well before the heartbeat would have kept it open
	});

	it('never hands a change to a tutor whose link was revoked while the pull waited', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const tutor = await openLink(app.url, tokenOf(invitation));
		const since = await lastSeq(tutor, lea.journal);
		const pending = tutor.fetch(
			`/couch/${lea.journal}/_changes?feed=longpoll&heartbeat=10000&since=${encodeURIComponent(since)}`
		);
		const revoked = await lea.fetch(`/api/invitations/${invitation.id}`, { method: 'DELETE' });
		expect(revoked.status).toBe(200);
		// A change of the journal while the tutor's pull still waits.
		const profile = (await (await lea.fetch(`/couch/${lea.journal}/profile`)).json()) as object;
		const written = await lea.fetch(`/couch/${lea.journal}/profile`, {
			method: 'PUT',
			...json(profile)
		});
		expect(written.status).toBe(201);

		const answered = await pending;
		expect(answered.status).toBe(401);
		expect(await answered.text()).not.toContain('profile');
		const next = await tutor.fetch(
			`/couch/${lea.journal}/_changes?feed=longpoll&heartbeat=10000&since=${encodeURIComponent(since)}`
		);
		expect(next.status).toBe(401);
	});

	it('still hands changes to a session that may read them', async () => {
		const since = await lastSeq(lea, lea.journal);
		const pending = lea.fetch(
			`/couch/${lea.journal}/_changes?feed=longpoll&heartbeat=10000&since=${encodeURIComponent(since)}`
		);
		const profile = (await (await lea.fetch(`/couch/${lea.journal}/profile`)).json()) as object;
		expect(
			(await lea.fetch(`/couch/${lea.journal}/profile`, { method: 'PUT', ...json(profile) })).status
		).toBe(201);
		const answered = await pending;
		expect(answered.status).toBe(200);
		const body = (await answered.json()) as { results: { id: string }[] };
		expect(body.results.map((row) => row.id)).toEqual(['profile']);
	});
});
