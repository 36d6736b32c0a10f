/**
 * Student journal figures from real Chromium against the real gateway (run after
 * `npm run build`: `npx node bench/student-journal.ts`):
 * - entry save latency: 200 keystrokes typed into today's entry through the real UI; each one
 *   is timed by the app from its input event to its draft stored in IndexedDB (`draft-save`
 *   performance measures), queueing included;
 * - the JavaScript the student home page loads, gzip-compressed, from the network log.
 * Writes the figures to docs/perf-student.md.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { localDate } from '../tests/e2e/pages/app-shell.ts';
import { EntryPage } from '../tests/e2e/pages/entry.page.ts';
import { LoginPage } from '../tests/e2e/pages/login.page.ts';
import { StagePage } from '../tests/e2e/pages/stage.page.ts';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';
import { writeReport } from './support/report.ts';
import { percentile } from './support/stats.ts';

const KEYSTROKES = 200;
const KEY_DELAY_MS = 40; // a fast thumb typist; slower typing only makes saves easier

/** What the figures are made of (kept by hand: re-check it when the figures move). */
const ANALYSIS = `## What the first screen loads

Composition of the first screen's JavaScript (analysis of 2026-11-23, about 86 KB; chunks of the
build, gzip-compressed each on its own, so the parts are approximate):

| part | gzip | why it is there |
| --- | --- | --- |
| Dexie | ~30 KB | the cached session, the home's snapshot, every keystroke's draft (part of the stack) |
| Svelte runtime + SvelteKit client | ~31 KB | the framework |
| app code | ~25 KB | home page, layout and navigation, sync card and the manager's state, storage card, calendar |

Loaded after the first screen: PouchDB core and \`idb\` adapter (~27 KB), zod and the schemas
(~27 KB), the repositories and the home's summary, draft recovery, live sync and replication
(\`pouchdb-remote.ts\` 8.4 KB), the référentiel behind the review objectives card (9.3 KB), the
news counter, the gateway client.

How it got there (2026-11-23): the layout and \`currentUser\` no longer import the journal
(\`userJournal()\` in \`features/session/user-journal.ts\` opens it), start-up reads only the
cached session before the first paint (drafts are folded in and sync starts after it; editors lay
their own draft over the stored document meanwhile), and the home paints from its snapshot
(\`features/home/home-view.ts\`): the week as last shown, moved to today within the same week, then
replaced by the journal's state. It was 148.6 KB before (PouchDB, zod and the schemas on the first
screen). \`zod/mini\` would still take about 17 KB off what loads after the first screen; not
done.
`;

type Measured = { file: string; later: boolean; raw: number; gzip: number };

async function measureHome(context: BrowserContext, dropSnapshot: boolean) {
	if (dropSnapshot) {
		const other = await context.newPage();
		// The snapshot is a cache: removing it is what a new week (or a new phone) looks like.
		await other.goto(`${app.url}/confidentialite`);
		await other.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('carnet-device');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('homeSnapshots', 'readwrite');
						tx.objectStore('homeSnapshots').clear();
						tx.oncomplete = () => {
							open.result.close();
							resolve();
						};
					};
				})
		);
		await other.close();
	}
	const home = await context.newPage();
	const scripts: { url: string; startedAt: number; body: Promise<Buffer> }[] = [];
	home.on('response', (response) => {
		if (!(response.headers()['content-type'] ?? '').includes('javascript')) return;
		scripts.push({
			url: response.url(),
			startedAt: response.request().timing().startTime,
			body: response.body()
		});
	});
	// Live replication keeps a request open, so "network idle" never comes: wait for the page
	// to show the student's week and for the deferred work to have started, then a little longer
	// for any late chunk.
	await home.goto(app.url);
	await home.getByRole('heading', { name: /^Bonjour/ }).waitFor();
	await home.getByTestId('sync-card').waitFor();
	await home.waitForFunction(() => performance.getEntriesByName('after-first-paint').length > 0);
	const deferredAt = await home.evaluate(
		() => performance.timeOrigin + performance.getEntriesByName('after-first-paint')[0]!.startTime
	);
	await home.locator('#stage-title').waitFor();
	await home.waitForTimeout(2000);
	const measured: Measured[] = await Promise.all(
		scripts.map(async (s) => {
			const body = await s.body;
			return {
				file: new URL(s.url).pathname.split('/').pop() ?? s.url,
				later: s.startedAt >= deferredAt,
				raw: body.length,
				gzip: gzipSync(body, { level: 9 }).length
			};
		})
	);
	measured.sort((a, b) => b.gzip - a.gzip);
	await home.close();
	return {
		measured,
		first: measured.filter((f) => !f.later),
		later: measured.filter((f) => f.later),
		photoChunkOnHome: measured.some((f) => /process-photo|photo\.worker/.test(f.file))
	};
}

const app = await startApp();
const browser = await launchBrowser();
try {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await new LoginPage(page).signIn(app.url);

	// Home page JavaScript, as a returning student opens it (fresh page, session cached). The
	// app defers what its first screen does not need (the journal's code, live sync, replication,
	// the update flow) until the page has loaded and gone idle, and marks that moment
	// (`after-first-paint`): what is requested before the mark is what the first screen needs (the
	// goal is about this); what comes after it is counted apart. Measured twice: with the home's
	// snapshot of the same week (the usual opening), and without one (first opening of a week).
	await page.locator('#stage-title').waitFor();
	const usual = await measureHome(context, false);
	const noSnapshot = await measureHome(context, true);
	const { first, later, measured, photoChunkOnHome } = usual;

	// Save latency through the editor.
	await page.goto(app.url);
	if (await page.getByRole('link', { name: 'Ajouter mon stage' }).isVisible()) {
		const stage = new StagePage(page);
		await stage.openNew(app.url);
		await stage.fill({
			organisation: 'Banc d’essai',
			tutorName: 'Tuteur',
			startDate: localDate(-7),
			endDate: localDate(7)
		});
		await stage.save();
		await page.goto(app.url);
	}
	const entry = new EntryPage(page);
	await entry.openToday();
	await page.evaluate(() => performance.clearMeasures('draft-save'));
	await entry.text().press('End');
	const phrase = 'Configuration du serveur DHCP et tests sur le VLAN invités. ';
	const text = phrase.repeat(Math.ceil(KEYSTROKES / phrase.length)).slice(0, KEYSTROKES);
	await entry.text().pressSequentially(text, { delay: KEY_DELAY_MS });
	await entry.waitSaved();
	const samples = await page.evaluate(() =>
		performance.getEntriesByName('draft-save').map((m) => m.duration)
	);
	const sorted = [...samples].sort((a, b) => a - b);
	const median = percentile(sorted, 50);
	const p95 = percentile(sorted, 95);
	await context.close();

	const sum = (list: Measured[], key: 'raw' | 'gzip') =>
		list.reduce((total, f) => total + f[key], 0);
	const kb = (n: number) => (n / 1024).toFixed(1);
	const ms = (n: number) => n.toFixed(1);
	const files = (list: Measured[]) =>
		list
			.slice(0, 6)
			.map((f) => `\`${f.file}\` ${kb(f.gzip)} KB`)
			.join(', ');
	const date = new Date().toISOString().slice(0, 10);
	const report = `# Student app performance

Measured ${date} by \`bench/student-journal.ts\` (real Chromium ${browser.version()}, 390×844,
real gateway, production build). Re-run: \`npm run build && npx node bench/student-journal.ts\`
(\`BUILD_DIR\` picks another build).

| figure | value | goal |
| --- | --- | --- |
| entry save latency, median (${samples.length} keystrokes → draft stored) | ${ms(median)} ms | — |
| entry save latency, p95 | ${ms(p95)} ms | ≤ 30 ms |
| **home page JavaScript before its first screen** (greeting, « Écrire ma journée », the week from its snapshot), gzip (${first.length} files, ${kb(sum(first, 'raw'))} KB raw) | **${kb(sum(first, 'gzip'))} KB** | ≤ 120 KB |
| + loaded after the first screen (live sync, replication, update flow…; ${later.length} files) | ${kb(sum(later, 'gzip'))} KB | — |
| = everything the home page has loaded 2 s after that | ${kb(sum(measured, 'gzip'))} KB | — |
| first screen without the home's snapshot (first opening of a week), gzip (${noSnapshot.first.length} files) | ${kb(sum(noSnapshot.first, 'gzip'))} KB | ≤ 120 KB |
| photo pipeline loaded by the home page | ${photoChunkOnHome ? 'yes' : 'no'} | no |

How it is measured:

- **Save latency**: the editor marks every keystroke from its \`input\` event timestamp to the
  moment its Dexie draft is committed (\`performance.measure('draft-save')\`), including the
  time it waits behind an earlier write (keystrokes typed during a write are merged into the
  next one). ${KEYSTROKES} keystrokes typed with Playwright, ${KEY_DELAY_MS} ms apart.
- **Home JavaScript**: every JavaScript response of a fresh page opening \`/\` for a signed-in
  student (session cached, service worker installed), each body gzip-compressed (level 9) and
  summed. Work the first screen does not need waits until the page has loaded and the main
  thread is idle (\`afterFirstPaint()\`, which marks that moment:
  \`performance.mark('after-first-paint')\`); a file counts in the first row when its request
  started before the mark, in the second otherwise. Before the mark the page shows the greeting,
  « Écrire ma journée » and, from the home's snapshot (Dexie), the week as it was last shown
  with today's entry; the journal's code (PouchDB, schemas) loads after the mark and replaces the
  snapshot. Without a snapshot (first opening of a week) the week's card waits for it. The
  editor of today's entry is a separate route, loaded when it is opened (not counted here).
- Largest files, first screen (gzip): ${files(first)}.
- Loaded after the first screen (gzip): ${files(later)}.

${ANALYSIS}
`;
	console.log(await writeReport('perf-student.md', report));
} finally {
	await browser.close();
	await app.stop();
}
