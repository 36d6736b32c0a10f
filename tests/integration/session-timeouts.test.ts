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
		app = await startApp({ SESSION_IDLE_SECONDS: '4', SESSION_MAX_SECONDS: '9' });
		const lea = await login(app.url, 'lea.martin');
		const loggedInAt = Date.now();
		// Active every second for 6 s: longer than the idle limit, shorter than the maximum. Time is
		// read from the clock, not counted in iterations, so a slow machine cannot push a check past 9 s.
		while (Date.now() - loggedInAt < 6000) {
			await wait(1000);
			const status = (await lea.fetch('/api/me')).status;
			expect(status, `after ${Date.now() - loggedInAt} ms`).toBe(200);
		}
		// Past 9 s since login but idle less than 4 s: the absolute limit ends it.
		await wait(Math.max(0, 9500 - (Date.now() - loggedInAt)));
		expect((await lea.fetch('/api/me')).status).toBe(401);
	});
});
