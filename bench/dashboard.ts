/**
 * Teacher dashboard time to data for a class of 150 students × 10 stage weeks, in real Chromium:
 * the journals are seeded directly into the page's IndexedDB replicas (the databases the sync
 * manager fills on a teacher's device), then, alternately, RUNS times each. Phases marked
 * « closed » start with all 150 replicas closed (a cold app start: each pays its IndexedDB open);
 * « open » ones with the handles already open (the sync manager opens every replica at start-up
 * to replicate it, so in the app that cost is shared with replication):
 *
 * - raw: `allDocs({ include_docs: true })` of every journal, nothing else (closed and open);
 * - first open: no summary on the device (`DashboardCache.refresh` reads and parses every journal,
 *   hashes the weeks with visas, stores 150 summaries in Dexie) and the layout; also when the
 *   first 25 rows are painted (the app paints as journals are read);
 * - normal open: a new `DashboardCache` after CHANGED journals moved since the last open (a tutor
 *   visa, an edited entry, a comment): first paint from the stored summaries (`restore` + layout),
 *   then current data (`refresh`: one changes query per journal, only the moved ones re-read and
 *   only their touched weeks re-hashed, + layout);
 * - live change: one journal changed while the dashboard is open (warm cache).
 *
 * Modules come from Vite's dev server (unminified), so the figures are an upper bound for the
 * production build. Run: `npx node bench/dashboard.ts` (`STUDENTS=…`, `RUNS=…`, `CHANGED=…`).
 */
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { importInPage, startModuleServer } from '../tests/e2e/support/vite-modules.ts';
import { median } from './support/stats.ts';

const STUDENTS = Number(process.env.STUDENTS ?? 150);
const RUNS = Number(process.env.RUNS ?? 5);
const CHANGED = Number(process.env.CHANGED ?? 3);

const server = await startModuleServer();
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await server.blankPage(context);
	page.on('pageerror', (e) => console.error('pageerror', e));
	await importInPage(page, {
		journal: '/src/lib/data/journal-db.ts',
		device: '/src/lib/data/device-db.ts',
		loader: '/src/lib/features/teacher/dashboard-loader.ts',
		dates: '/src/lib/domain/calendar/dates.ts',
		digest: '/src/lib/domain/digest/week-digest.ts',
		ids: '/src/lib/domain/ids.ts'
	});
	// Vite serves src/ only: the seed runs as the source of `seedClass` (Node strips its types).
	await page.evaluate(`globalThis.__seedClass = ${seedClass.toString()}`);
	const figures = await page.evaluate(
		async ({ students, runs, changedCount }) => {
			type Modules = {
				journal: typeof import('../src/lib/data/journal-db.ts');
				device: typeof import('../src/lib/data/device-db.ts');
				loader: typeof import('../src/lib/features/teacher/dashboard-loader.ts');
			};
			const g = globalThis as unknown as {
				__modules: Modules;
				__seedClass: typeof seedClass;
			};
			const m = g.__modules;
			const refs = await g.__seedClass(students);
			const docs = await Promise.all(
				refs.map(async (r) => (await m.journal.openJournal(r.studentId).info()).doc_count)
			);
			const today = '2026-11-23';
			const userId = 'benchteacher';
			const closeAll = () => Promise.all(refs.map((r) => m.journal.closeJournal(r.studentId)));
			const time = async (run: () => Promise<unknown>) => {
				const start = performance.now();
				await run();
				return performance.now() - start;
			};
			let stamp = 0;
			/** A tutor visa, an edited entry and a comment, spread over `count` journals. */
			const changeJournals = async (count: number) => {
				const moved = [];
				for (let k = 0; k < count; k++) {
					const ref = refs[(stamp * 7 + k * 13) % refs.length]!;
					moved.push(ref);
					const db = m.journal.openJournal(ref.studentId);
					stamp += 1;
					const at = `2026-11-22T10:${String(stamp % 60).padStart(2, '0')}:00.000Z`;
					if (k % 3 === 0) {
						const week = (await db.allDocs({ startkey: 'week:', endkey: 'week:\uffff', limit: 1 }))
							.rows[0]!.id;
						const { stageId } = (await db.get(week)) as unknown as { stageId: string };
						await db.put({
							_id: `visa:${week}:${at}:teacherbnc`,
							type: 'visa',
							schemaVersion: 1,
							weekId: week,
							stageId,
							signerRole: 'teacher',
							signerId: 'prof1',
							signerName: 'Prof',
							decision: 'signed',
							comment: '',
							signature: 'data:image/png;base64,iVBORw0KGgo=',
							digest: 'd'.repeat(64),
							covers: [{ id: week, rev: '1-a' }],
							signedAt: at
						});
					} else if (k % 3 === 1) {
						const row = (await db.allDocs({ startkey: 'entry:', endkey: 'entry:\uffff', limit: 1 }))
							.rows[0]!;
						const entry = (await db.get(row.id)) as unknown as { text: string };
						await db.put({ ...entry, text: `${entry.text} (modifié ${stamp})` });
					} else {
						const week = (await db.allDocs({ startkey: 'week:', endkey: 'week:\uffff', limit: 1 }))
							.rows[0]!.id;
						await db.put({
							_id: `comment:${week}:${at}:commentbnc`,
							type: 'comment',
							schemaVersion: 1,
							targetId: week,
							authorRole: 'teacher',
							authorId: 'prof1',
							authorName: 'Prof',
							text: 'Bien.',
							createdAt: at
						});
					}
				}
				return moved;
			};
			const raw: number[] = [];
			const rawOpen: number[] = [];
			const first: number[] = [];
			const firstRows: number[] = [];
			const paint: number[] = [];
			const current: number[] = [];
			const paintOpen: number[] = [];
			const currentOpen: number[] = [];
			const live: number[] = [];
			let cells = 0;
			let attention = 0;
			let reread = 0;
			for (let i = 0; i < runs; i++) {
				const readAll = () =>
					Promise.all(
						refs.map((r) => m.journal.openJournal(r.studentId).allDocs({ include_docs: true }))
					);
				await closeAll();
				raw.push(await time(readAll));
				rawOpen.push(await time(readAll));

				await m.device.deviceDb().dashboardSummaries.clear();
				await closeAll();
				const fresh = new m.loader.DashboardCache(userId);
				const firstStart = performance.now();
				let painted = false;
				first.push(
					await time(async () => {
						await fresh.restore(refs);
						// As the app does on a first open: paint once 25 journals are read.
						await fresh.refresh(refs, (read) => {
							if (read !== 25 || painted) return;
							painted = true;
							fresh.build(refs, today);
							firstRows.push(performance.now() - firstStart);
						});
						const dashboard = fresh.build(refs, today);
						cells = dashboard.rows.reduce((n, r) => n + r.cells.length, 0);
						attention = dashboard.attention.length;
					})
				);

				/** A new app open after `changedCount` journals moved: paint, then current data. */
				const normalOpen = async (closed: boolean, paints: number[], currents: number[]) => {
					await changeJournals(changedCount);
					if (closed) await closeAll();
					const reopened = new m.loader.DashboardCache(userId);
					const start = performance.now();
					await reopened.restore(refs);
					reopened.build(refs, today);
					paints.push(performance.now() - start);
					reread = (await reopened.refresh(refs)).length;
					reopened.build(refs, today);
					currents.push(performance.now() - start);
					return reopened;
				};
				await normalOpen(true, paint, current);
				const reopened = await normalOpen(false, paintOpen, currentOpen);

				const moved = await changeJournals(1);
				live.push(
					await time(async () => {
						await reopened.refresh(moved);
						reopened.build(refs, today);
					})
				);
			}
			return {
				raw,
				rawOpen,
				first,
				firstRows,
				paint,
				current,
				paintOpen,
				currentOpen,
				live,
				reread,
				docs: docs.reduce((a, b) => a + b, 0),
				cells,
				attention,
				userAgent: navigator.userAgent
			};
		},
		{ students: STUDENTS, runs: RUNS, changedCount: CHANGED }
	);
	const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
	const line = (label: string, xs: number[], raw: number[]) =>
		console.log(
			`${label.padEnd(52)} median ${median(xs).toFixed(0).padStart(5)} ms  ×${(median(xs) / median(raw)).toFixed(2)} raw  (${fmt(xs)})`
		);
	console.log(figures.userAgent);
	console.log(
		`${STUDENTS} journals, ${figures.docs} documents, ${figures.cells} cells, ${figures.attention} attention items, ${RUNS} runs`
	);
	console.log('replicas closed (cold app start):');
	line('  raw allDocs of every journal', figures.raw, figures.raw);
	line('  first open (no summary stored): first 25 rows', figures.firstRows, figures.raw);
	line('  first open (no summary stored): whole class', figures.first, figures.raw);
	line(`  normal open, ${CHANGED} journals moved: first paint`, figures.paint, figures.raw);
	line(`  normal open, ${CHANGED} journals moved: current data`, figures.current, figures.raw);
	console.log('replicas already open (by the sync manager):');
	line('  raw allDocs of every journal', figures.rawOpen, figures.rawOpen);
	line(`  normal open, ${CHANGED} journals moved: first paint`, figures.paintOpen, figures.rawOpen);
	line(
		`  normal open, ${CHANGED} journals moved: current data`,
		figures.currentOpen,
		figures.rawOpen
	);
	line('  live change, 1 journal (dashboard open)', figures.live, figures.rawOpen);
	console.log(`journals re-read on the normal open: ${figures.reread}`);
} finally {
	await browser.close();
	await server.stop();
}

/**
 * Runs in the page: per student a profile, two stages of five weeks (end of year 1, year 2), five
 * entries and one photo a week, weekly reports submitted, tutor visas on 7 weeks out of 10 (one on
 * content edited since, so there are digests to compare and alerts to raise).
 */
async function seedClass(count: number): Promise<{ studentId: string; name: string }[]> {
	type M = {
		journal: typeof import('../src/lib/data/journal-db.ts');
		dates: typeof import('../src/lib/domain/calendar/dates.ts');
		digest: typeof import('../src/lib/domain/digest/week-digest.ts');
		ids: typeof import('../src/lib/domain/ids.ts');
	};
	const { journal, dates, digest, ids } = (globalThis as unknown as { __modules: M }).__modules;
	const now = '2026-11-20T10:00:00.000Z';
	const refs = Array.from({ length: count }, (_, i) => ({
		studentId: `bench${String(i).padStart(4, '0')}`,
		name: `Élève ${String(i + 1).padStart(3, '0')}`
	}));
	const seedOne = async (studentId: string, index: number) => {
		const db = journal.openJournal(studentId);
		const docs: Record<string, unknown>[] = [
			{
				_id: 'profile',
				type: 'profile',
				schemaVersion: 1,
				firstName: 'Élève',
				lastName: String(index),
				className: index % 2 ? 'SIO 2 A' : 'SIO 2 B',
				option: index % 2 ? 'SISR' : 'SLAM',
				trainingYear: 2,
				updatedAt: now
			}
		];
		for (const [s, start] of ['2025-05-19', '2026-09-21'].entries()) {
			const stage = ids.stageId(start);
			docs.push({
				_id: stage,
				type: 'stage',
				schemaVersion: 1,
				organisation: { name: `Entreprise ${index}` },
				tutor: { name: `Tuteur ${index}` },
				startDate: start,
				endDate: dates.addDays(start, 32),
				trainingYear: s + 1,
				hoursPerDay: 7,
				createdAt: now,
				updatedAt: now
			});
			for (let w = 0; w < 5; w++) {
				const monday = dates.addDays(start, 7 * w);
				const entries = Array.from({ length: 5 }, (_, d) => ({
					_id: ids.entryId(dates.addDays(monday, d)),
					type: 'entry',
					schemaVersion: 1,
					stageId: stage,
					date: dates.addDays(monday, d),
					text: `Installation et configuration du poste ${d} ; documentation de la procédure.`,
					minutes: 420,
					activityIds: [['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'][(d + w + index) % 6]!],
					tools: ['GLPI'],
					difficulties: '',
					learned: '',
					confidential: false,
					createdAt: now,
					updatedAt: now
				}));
				const photo = {
					_id: ids.photoId(monday),
					type: 'photo',
					schemaVersion: 1,
					entryId: entries[0]!._id,
					stageId: stage,
					date: monday,
					caption: 'Baie de brassage',
					sha256: 'a'.repeat(64),
					width: 800,
					height: 600,
					bytes: 50_000,
					confidential: false,
					createdAt: now
				};
				const report = {
					stageId: stage,
					monday,
					summary: 'Semaine de support.',
					difficulties: '',
					learned: ''
				};
				const week = ids.weekId(monday, stage);
				docs.push(...entries, photo, {
					_id: week,
					type: 'week',
					schemaVersion: 1,
					...report,
					status: 'submitted',
					submittedAt: now,
					submittedDigest: 'b'.repeat(64),
					updatedAt: now
				});
				const n = s * 5 + w;
				if (n % 10 >= 7) continue;
				const signedAt = '2026-11-21T10:00:00.000Z';
				const signed = await digest.weekDigest({ week: report, entries, photos: [photo] });
				docs.push({
					_id: ids.visaId(week, signedAt),
					type: 'visa',
					schemaVersion: 1,
					weekId: week,
					stageId: stage,
					signerRole: 'tutor',
					signerId: 'tutor1',
					signerName: 'Tuteur',
					decision: 'signed',
					comment: '',
					signature: 'data:image/png;base64,iVBORw0KGgo=',
					digest: n === 3 ? 'c'.repeat(64) : signed,
					covers: [{ id: week, rev: '1-a' }],
					signedAt
				});
			}
		}
		await db.bulkDocs(docs);
	};
	await Promise.all(refs.map((r, i) => seedOne(r.studentId, i)));
	return refs;
}
