/**
 * One cold tutor load on the slow phone of `tutor-week.ts`, printed as a network waterfall
 * (request sent, response done, bytes on the wire) with the moments the list and the week show.
 * A diagnostic for the cold figure: `npx node bench/tutor-trace.ts` after `npm run build`.
 */
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';
import { studentLink } from './tutor-flow.ts';

const app = await startApp();
const browser = await launchBrowser();
try {
	const link = await studentLink(browser, app.url);
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: (400 * 1000) / 8,
		uploadThroughput: (400 * 1000) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const rows = new Map<string, { url: string; sent: number; done?: number; bytes?: number }>();
	let origin = 0;
	cdp.on('Network.requestWillBeSent', (e) => {
		if (!origin) origin = e.timestamp;
		rows.set(e.requestId, { url: e.request.url, sent: e.timestamp });
	});
	cdp.on('Network.loadingFinished', (e) => {
		const row = rows.get(e.requestId);
		if (row) Object.assign(row, { done: e.timestamp, bytes: e.encodedDataLength });
	});
	const marks: [string, number][] = [];
	const start = Date.now();
	const mark = (name: string) => marks.push([name, Date.now() - start]);
	await page.goto(link);
	await page.getByRole('heading', { name: 'Carnet de stage' }).waitFor({ timeout: 120_000 });
	mark('app shown');
	await page.getByRole('link', { name: /semaine 3/i }).click({ timeout: 120_000 });
	mark('list tapped');
	await page.getByTestId('entry').first().waitFor({ timeout: 120_000 });
	mark('entries');
	await page
		.getByRole('button', { name: 'Signer la semaine', disabled: false })
		.waitFor({ timeout: 120_000 });
	mark('signer enabled');
	await page.waitForTimeout(3000);
	const ms = (t: number) => Math.round((t - origin) * 1000);
	for (const row of [...rows.values()].sort((a, b) => a.sent - b.sent)) {
		const name = row.url.replace(app.url, '').slice(0, 70);
		const done = row.done ? ms(row.done) : NaN;
		console.log(
			`${String(ms(row.sent)).padStart(6)} → ${String(done).padStart(6)}  ${String(row.bytes ?? '').padStart(7)}  ${name}`
		);
	}
	for (const [name, at] of marks) console.log(`${String(at).padStart(6)}  ${name}`);
	await context.close();
} finally {
	await browser.close();
	await app.stop();
}
