/**
 * An export made while the audit trail is unreachable is not lost: the PDF is made at once, the
 * « exported » event waits on the phone and reaches the gateway's audit trail at the next sync.
 * Real Chromium on a phone against the real gateway.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type UserClient } from '../integration/support/gateway-client.ts';
import { firstStageId } from '../integration/support/tutor-client.ts';
import { LoginPage } from './pages/login.page.ts';
import { startApp, type RunningApp } from './support/app.ts';
import { launchBrowser, PHONE } from './support/browser.ts';

let app: RunningApp;
let browser: Browser;
let admin: UserClient;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	admin = await login(app.url, 'admin.demo');
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

interface AuditEvent {
	action: string;
	actorId: string;
	target: string;
	details: Record<string, unknown>;
}

async function exportsOf(journal: string): Promise<AuditEvent[]> {
	const { events } = (await (await admin.fetch('/api/admin/audit?limit=200')).json()) as {
		events: AuditEvent[];
	};
	return events.filter((e) => e.action === 'exported' && e.target === journal);
}

describe('export reported to the audit trail', () => {
	it('queues the report while the gateway cannot take it and sends it at the next sync', async () => {
		const lea = await login(app.url, 'lea.martin');
		const stageId = await firstStageId(lea);
		const context = await browser.newContext({ ...PHONE, acceptDownloads: true });
		const page = await context.newPage();
		await new LoginPage(page).signIn(app.url);

		// The audit endpoint is unreachable; everything else works.
		await page.route('**/api/audit/events', (route) => route.abort('internetdisconnected'));
		// Wait until the first sync brought the demo journal to the phone.
		const stageLink = `a[href^="/stages/"][href*="${stageId.split(':').pop()}"]`;
		for (let i = 0; i < 60 && (await page.locator(stageLink).count()) === 0; i++) {
			await page.goto(`${app.url}/stages`);
			await page.waitForTimeout(500);
		}
		await page.locator(stageLink).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exporter le carnet de stage en PDF' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
		await page.getByText(/PDF enregistré/).waitFor();
		await page.waitForTimeout(1000);
		expect(await exportsOf(lea.journal)).toEqual([]);

		// Back online: the next sync sends it.
		await page.unroute('**/api/audit/events');
		await page.goto(`${app.url}/parametres`);
		await page.getByRole('button', { name: 'Synchroniser' }).click();
		await expect.poll(() => exportsOf(lea.journal), { timeout: 20_000 }).toHaveLength(1);
		const [event] = await exportsOf(lea.journal);
		expect(event).toMatchObject({ actorId: lea.me.user.id, details: { kind: 'pdf' } });
		await context.close();
	});
});
