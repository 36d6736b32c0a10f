/**
 * Session timeouts with short settings (SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS; defaults 8 h
 * and 30 days): an idle session ends, an active one is kept alive until the absolute limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { login } from './support/gateway-client.ts';

let app: RunningApp | undefined;
afterEach(async () => {
	await app?.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session timeouts', () => {
	it('ends a session left idle longer than SESSION_IDLE_SECONDS', async () => {
		app = await startApp({ SESSION_IDLE_SECONDS: '3' });
		const lea = await login(app.url, 'lea.martin');
		await wait(4000);
		expect((await lea.fetch('/api/me')).status).toBe(401);
		expect((await lea.fetch(`/couch/${lea.journal}`)).status).toBe(401);
	});

	it('keeps an active session alive, then ends it at SESSION_MAX_SECONDS', async () => {
		app = await startApp({ SESSION_IDLE_SECONDS: '4', SESSION_MAX_SECONDS: '7' });
		const lea = await login(app.url, 'lea.martin');
		// Active every second for 6 s: longer than the idle limit, shorter than the maximum.
		for (let second = 0; second < 6; second++) {
			await wait(1000);
			expect((await lea.fetch('/api/me')).status, `after ${second + 1} s`).toBe(200);
		}
		await wait(1500); // past 7 s since login, idle only 1.5 s: the absolute limit ends it
		expect((await lea.fetch('/api/me')).status).toBe(401);
	});
});
