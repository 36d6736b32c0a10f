/**
 * Teacher dashboard time to data for a class of 150 students × 10 stage weeks, in real Chromium:
 * the journals are seeded directly into the page's IndexedDB replicas (the databases the sync
 * manager fills on a teacher's device), then, alternately, 5 times each:
 *
 * - raw: `allDocs({ include_docs: true })` of every journal, nothing else;
 * - dashboard: what `/enseignant` does on open (`DashboardCache.read` — one `allDocs` per journal
 *   and zod parsing of every document — then `build`: the digests of the weeks that carry visas,
 *   and the layout), from a cold cache;
 * - rebuild: one journal changed (a new visa), on a warm cache, as after a replication batch.
 *
 * Modules come from Vite's dev server (unminified), so the figures are an upper bound for the
 * production build. Run: `npx node bench/dashboard.ts`.
 */
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { importInPage, startModuleServer } from '../tests/e2e/support/vite-modules.ts';
import { median } from './support/stats.ts';

const STUDENTS = Number(process.env.STUDENTS ?? 150);
const RUNS = 5;

const server = await startModuleServer();
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await server.blankPage(context);
	page.on('pageerror', (e) => console.error('pageerror', e));
	await importInPage(page, {
		journal: '/src/lib/data/journal-db.ts',
		loader: '/src/lib/features/teacher/dashboard-loader.ts',
		dates: '/src/lib/domain/calendar/dates.ts',
		digest: '/src/lib/domain/digest/week-digest.ts',
		ids: '/src/lib/domain/ids.ts'
	});
	// Vite serves src/ only: the seed runs as the source of `seedClass` (Node strips its types).
	await page.evaluate(`globalThis.__seedClass = ${seedClass.toString()}`);
	const figures = await page.evaluate(
		async ({ students, runs }) => {
			type Modules = {
				journal: typeof import('../src/lib/data/journal-db.ts');
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
			const time = async (run: () => Promise<unknown>) => {
				const start = performance.now();
				await run();
				return performance.now() - start;
			};
			const raw: number[] = [];
			const cold: number[] = [];
			const rebuild: number[] = [];
			let cells = 0;
			let attention = 0;
			for (let i = 0; i < runs; i++) {
				raw.push(
					await time(() =>
						Promise.all(
							refs.map((r) => m.journal.openJournal(r.studentId).allDocs({ include_docs: true }))
						)
					)
				);
				const cache = new m.loader.DashboardCache();
				cold.push(
					await time(async () => {
						await cache.read(refs);
						const dashboard = await cache.build(refs, today);
						cells = dashboard.rows.reduce((n, r) => n + r.cells.length, 0);
						attention = dashboard.attention.length;
					})
				);
				const changed = refs[i]!;
				// A teacher's visa arrives on one journal, as after a replication batch.
				const db = m.journal.openJournal(changed.studentId);
				const week = (await db.allDocs({ startkey: 'week:', endkey: 'week:\uffff', limit: 1 }))
					.rows[0]!.id;
				const { stageId } = (await db.get(week)) as unknown as { stageId: string };
				const signedAt = `2026-11-22T10:00:0${i}.000Z`;
				const id = `visa:${week}:${signedAt}:teacherbnc`;
				await db.put({
					_id: id,
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
					signedAt
				});
				rebuild.push(
					await time(async () => {
						await cache.read([changed], new Map([[changed.studentId, new Set([id])]]));
						await cache.build(refs, today);
					})
				);
			}
			return {
				raw,
				cold,
				rebuild,
				docs: docs.reduce((a, b) => a + b, 0),
				cells,
				attention,
				userAgent: navigator.userAgent
			};
		},
		{ students: STUDENTS, runs: RUNS }
	);
	const raw = median(figures.raw);
	const cold = median(figures.cold);
	const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
	console.log(figures.userAgent);
	console.log(
		`${STUDENTS} journals, ${figures.docs} documents, ${figures.cells} cells, ${figures.attention} attention items`
	);
	console.log(`raw allDocs      median ${raw.toFixed(0)} ms  (${fmt(figures.raw)})`);
	console.log(`dashboard (cold) median ${cold.toFixed(0)} ms  (${fmt(figures.cold)})`);
	console.log(`ratio dashboard / raw  ${(cold / raw).toFixed(2)}`);
	console.log(
		`rebuild, 1 journal changed, median ${median(figures.rebuild).toFixed(0)} ms  (${fmt(figures.rebuild)})`
	);
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
