/**
 * The audit trail is kept for the school's retention (`auditRetentionMonths`, 12 by default),
 * then deleted by the purge run; the privacy notice's settings say how long.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { json, login, type UserClient } from './support/gateway-client.ts';

let app: RunningApp;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp({ LIFECYCLE_TEST_CLOCK: '1' });
	admin = await login(app.url, 'admin.demo');
});
afterAll(() => app?.stop());

const settings = (body: Record<string, unknown>) =>
	admin.fetch('/api/admin/settings', { method: 'PUT', ...json(body) });
const runAt = (now: string) =>
	admin.fetch('/api/admin/purges/run', { method: 'POST', ...json({ now }) });
const eventIds = async () =>
	(
		(await (await admin.fetch('/api/admin/audit?limit=200')).json()) as {
			events: { id: string }[];
		}
	).events.map((event) => event.id);

/** `months` calendar months from now (UTC), plus a day. */
function monthsAhead(months: number): string {
	const date = new Date();
	date.setUTCMonth(date.getUTCMonth() + months);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString();
}

describe('audit trail retention', () => {
	it('refuses a retention outside 6–60 months, in French, and says the setting publicly', async () => {
		const bad = await settings({ auditRetentionMonths: 3 });
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: 'Conservation du journal d’audit : entre 6 et 60 mois.'
		});
		const config = (await (await fetch(`${app.url}/api/privacy-config`)).json()) as {
			audit: { retentionMonths: number };
		};
		expect(config.audit.retentionMonths).toBe(12);
	});

	it('keeps events younger than the retention and deletes the older ones at the purge run', async () => {
		const saved = await settings({ auditRetentionMonths: 6 });
		expect(saved.status).toBe(200);
		expect(((await saved.json()) as { auditRetentionMonths: number }).auditRetentionMonths).toBe(6);
		const before = await eventIds();
		expect(before.length).toBeGreaterThan(0); // at least « settings-changed » just now

		const early = (await (await runAt(monthsAhead(5))).json()) as { auditExpired: number };
		expect(early.auditExpired).toBe(0);
		expect(await eventIds()).toEqual(before);

		const late = (await (await runAt(monthsAhead(6))).json()) as { auditExpired: number };
		expect(late.auditExpired).toBe(before.length);
		expect(await eventIds()).toEqual([]);
		const config = (await (await fetch(`${app.url}/api/privacy-config`)).json()) as {
			audit: { retentionMonths: number };
		};
		expect(config.audit.retentionMonths).toBe(6);
	});
});
