/**
 * A tutor's phone: opens an invitation link (token from the URL fragment) with no cookie of its
 * own, then acts with exactly the cookie and CSRF token the gateway gave it.
 */
import { expect } from 'vitest';
import { clientFromSession, json, type MeBody, type UserClient } from './gateway-client.ts';

export interface CreatedInvitation {
	id: string;
	stageId: string;
	url: string;
	expiresAt: string;
}

export async function firstStageId(student: UserClient): Promise<string> {
	const response = await student.fetch(
		`/couch/${student.journal}/_all_docs?startkey=${encodeURIComponent('"stage:"')}&endkey=${encodeURIComponent('"stage:\ufff0"')}`
	);
	const body = (await response.json()) as { rows: { id: string }[] };
	const id = body.rows[0]?.id;
	expect(id, 'the student has a stage').toBeTruthy();
	return id!;
}

export async function invite(student: UserClient, stageId: string): Promise<CreatedInvitation> {
	const response = await student.fetch('/api/invitations', {
		method: 'POST',
		...json({ stageId })
	});
	expect(response.status).toBe(201);
	return (await response.json()) as CreatedInvitation;
}

export function tokenOf(invitation: CreatedInvitation): string {
	return new URL(invitation.url).hash.slice(1);
}

export function exchange(base: string, token: string): Promise<Response> {
	return fetch(`${base}/api/tutor/session`, { method: 'POST', ...json({ token }) });
}

/** Opens the link like a new phone and checks who the gateway then says we are. */
export async function openLink(base: string, token: string): Promise<UserClient> {
	const response = await exchange(base, token);
	expect(response.status, 'tutor session').toBe(200);
	const client = await clientFromSession(base, response);
	const check = (await (await client.fetch('/api/me')).json()) as MeBody;
	expect(check.user).toEqual(client.me.user);
	expect(check.user.role).toBe('tutor');
	return client;
}
