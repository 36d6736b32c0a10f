import '$lib/data/test-setup.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceDb } from '$lib/data/device-db.ts';
import { saveSession } from '$lib/data/session.repository.ts';
import { flushAuditQueue, reportExport } from './report-export.ts';

const session = {
	userId: 'abc123',
	username: 'lea.martin',
	displayName: 'Léa Martin',
	role: 'student' as const,
	databases: [{ name: 'journal_abc123', access: 'write' as const }],
	csrfToken: 'csrf-1',
	savedAt: '2026-06-01T08:00:00.000Z'
};

function answer(status: number) {
	return vi.fn(async () => new Response('{}', { status }));
}

beforeEach(async () => {
	await deviceDb().auditQueue.clear();
	await saveSession(session);
});

afterEach(() => vi.unstubAllGlobals());

describe('reportExport', () => {
	it('posts the event with the CSRF header', async () => {
		const fetch = answer(201);
		vi.stubGlobal('fetch', fetch);
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_abc123' })).toBe('sent');
		const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
		expect(url).toBe('/api/audit/events');
		expect(init.method).toBe('POST');
		expect(new Headers(init.headers).get('X-CSRF-Token')).toBe('csrf-1');
		expect(JSON.parse(init.body as string)).toEqual({
			action: 'export',
			kind: 'pdf',
			journalId: 'journal_abc123'
		});
		expect(await deviceDb().auditQueue.count()).toBe(0);
	});

	it('queues the event offline and sends it on the next flush', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_abc123' })).toBe('queued');
		expect(await reportExport({ kind: 'zip', journalId: 'journal_abc123' })).toBe('queued');
		expect(await flushAuditQueue()).toBe(2);

		const fetch = answer(201);
		vi.stubGlobal('fetch', fetch);
		expect(await flushAuditQueue()).toBe(0);
		const kinds = fetch.mock.calls.map(
			(call) => JSON.parse((call as unknown as [string, RequestInit])[1].body as string).kind
		);
		expect(kinds).toEqual(['pdf', 'zip']);
		expect(await deviceDb().auditQueue.count()).toBe(0);
	});

	it('keeps the event on 5xx and 401, drops it when the gateway refuses it', async () => {
		vi.stubGlobal('fetch', answer(503));
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_abc123' })).toBe('queued');
		vi.stubGlobal('fetch', answer(401));
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_abc123' })).toBe('queued');
		vi.stubGlobal('fetch', answer(403));
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_other' })).toBe('refused');
		expect(await deviceDb().auditQueue.count()).toBe(2);
	});

	it('waits for a new sign-in when the session expired', async () => {
		await saveSession({ ...session, expired: true });
		const fetch = answer(201);
		vi.stubGlobal('fetch', fetch);
		expect(await reportExport({ kind: 'pdf', journalId: 'journal_abc123' })).toBe('queued');
		expect(await flushAuditQueue()).toBe(0);
		expect(fetch).not.toHaveBeenCalled();
		await saveSession(session);
		await flushAuditQueue();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(await deviceDb().auditQueue.count()).toBe(0);
	});
});
