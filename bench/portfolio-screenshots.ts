/**
 * Screenshots of the portfolio pages at 390×844 and 1280×800 into docs/screenshots/portfolio/:
 * real gateway and demo seed, Léa's portfolio written over HTTP as her app would (three
 * achievements, one validated by her teacher, one edited after validation).
 * Run after a build: `BUILD_DIR=… npx node bench/portfolio-screenshots.ts`.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { achievementId, validationId } from '../src/lib/domain/ids.ts';
import { achievementDigest } from '../src/lib/domain/portfolio/achievement-digest.ts';
import { achievementSchema, type Achievement } from '../src/lib/domain/schemas/index.ts';
import { LoginPage } from '../tests/e2e/pages/login.page.ts';
import { startApp } from '../tests/e2e/support/app.ts';
import { launchBrowser, PHONE } from '../tests/e2e/support/browser.ts';

const OUT = 'docs/screenshots/portfolio';
await mkdir(OUT, { recursive: true });
const app = await startApp();

async function session(username: string) {
	const response = await fetch(`${app.url}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username, password: 'demo-carnet' })
	});
	const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
	const me = (await response.json()) as {
		user: { id: string; displayName: string };
		databases: { name: string }[];
		csrfToken: string;
	};
	const call = (path: string, init: RequestInit = {}) =>
		fetch(`${app.url}${path}`, {
			...init,
			headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' }
		});
	return { me, call };
}

const lea = await session('lea.martin');
const teacher = await session('prof.demo');
const journal = lea.me.databases[0]!.name;
const rows = async (prefix: string) =>
	(
		(await (
			await lea.call(
				`/couch/${journal}/_all_docs?include_docs=true&startkey=${encodeURIComponent(`"${prefix}"`)}&endkey=${encodeURIComponent(`"${prefix}\ufff0"`)}`
			)
		).json()) as { rows: { doc: Record<string, unknown> & { _id: string } }[] }
	).rows.map((r) => r.doc);
const [stage] = await rows('stage:');
const entries = await rows('entry:');
const photos = await rows('photo:');
const put = async (doc: { _id: string; [field: string]: unknown }) => {
	const response = await lea.call(`/couch/${journal}/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		body: JSON.stringify(doc)
	});
	if (!response.ok) throw new Error(`${doc._id}: ${await response.text()}`);
	return ((await response.json()) as { rev: string }).rev;
};

const readBack = async (id: string) =>
	achievementSchema.parse(
		await (await lea.call(`/couch/${journal}/${encodeURIComponent(id)}`)).json()
	);

let tick = Date.parse('2026-11-02T09:00:00.000Z');
function achievement(fields: Partial<Achievement>): Achievement {
	const at = new Date((tick += 60_000)).toISOString();
	return achievementSchema.parse({
		_id: achievementId(at),
		type: 'achievement',
		schemaVersion: 1,
		title: '',
		context: 'formation',
		organisation: '',
		trainingYear: 1,
		startDate: '2025-10-06',
		endDate: '2025-10-17',
		description: '',
		links: [],
		photoIds: [],
		competenceIds: [],
		situationKinds: [],
		entryIds: [],
		createdAt: at,
		updatedAt: at,
		...fields
	});
}
const linked = entries.slice(0, 3);
const achievements = [
	achievement({
		title: 'Inventaire du parc avec GLPI',
		organisation: 'Lycée Jean-Moulin',
		description: 'Recensement des postes et imprimantes de deux salles, import dans GLPI.',
		links: [{ label: 'Procédure d’inventaire', url: 'https://example.fr/glpi-inventaire' }],
		competenceIds: ['C1.1.1', 'C1.1.2', 'C1.5.1'],
		situationKinds: ['documentation']
	}),
	achievement({
		title: 'Traitement des tickets d’assistance',
		context: 'stage',
		organisation: String((stage?.organisation as { name: string }).name),
		stageId: stage!._id,
		trainingYear: 2,
		startDate: String(linked[0]?.date),
		endDate: String(linked[2]?.date),
		description: 'Prise en charge des demandes des agents : diagnostic, résolution, compte rendu.',
		photoIds: photos.filter((p) => linked.some((e) => e._id === p.entryId)).map((p) => p._id),
		entryIds: linked.map((e) => e._id),
		competenceIds: ['C1.2.1', 'C1.2.2', 'C1.4.1', 'CA2.2'],
		situationKinds: ['support'],
		_attachments: {
			'Compte-rendu-intervention.pdf': {
				content_type: 'application/pdf',
				data: Buffer.from('%PDF-1.4\n% compte rendu\n%%EOF\n').toString('base64')
			}
		}
	}),
	achievement({
		title: 'Veille sur le Wi-Fi 7',
		trainingYear: 2,
		startDate: '2026-09-07',
		endDate: '2026-10-16',
		description: 'Flux RSS, synthèse mensuelle et présentation à la classe.',
		competenceIds: ['C1.6.3'],
		situationKinds: ['watch']
	})
];
for (const doc of achievements) doc._rev = await put(doc);
// The teacher validates the first two; Léa then edits the second one.
for (const doc of achievements.slice(0, 2)) {
	const validatedAt = new Date((tick += 60_000)).toISOString();
	const id = validationId(doc._id, validatedAt);
	const response = await teacher.call(`/couch/${journal}/${encodeURIComponent(id)}`, {
		method: 'PUT',
		body: JSON.stringify({
			_id: id,
			type: 'validation',
			schemaVersion: 1,
			achievementId: doc._id,
			validatorRole: 'teacher',
			validatorId: teacher.me.user.id,
			validatorName: teacher.me.user.displayName,
			comment: '',
			// As stored: file attachments are digested by the server.
			digest: await achievementDigest(await readBack(doc._id)),
			validatedAt
		})
	});
	if (!response.ok) throw new Error(await response.text());
}
const second = achievements[1]!;
await put({
	...(await readBack(second._id)),
	description: `${second.description} Rédaction d’une FAQ.`
});

const browser = await launchBrowser();
try {
	const devices: [string, BrowserContextOptions][] = [
		['phone', PHONE],
		['laptop', { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' }]
	];
	for (const [device, options] of devices) {
		const context = await browser.newContext(options);
		const page = await context.newPage();
		page.on('pageerror', (e) => console.error('pageerror', e));
		await new LoginPage(page).signIn(app.url);
		const shot = async (name: string, fullPage = true) => {
			await page.waitForTimeout(600);
			await page.screenshot({ path: `${OUT}/${device}-${name}.png`, fullPage });
			console.log('screenshot', device, name);
		};
		await page.getByRole('link', { name: 'Portfolio' }).click();
		await page.getByTestId('achievement-card').nth(2).waitFor({ timeout: 60_000 });
		await shot('1-portfolio');
		await page.getByTestId('achievement-card').nth(1).click();
		await page.getByLabel('Intitulé').waitFor();
		await shot('2-realisation', false);
		await shot('3-realisation-complete');
		await context.close();
	}
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await new LoginPage(page).signIn(app.url, 'prof.demo', 'demo-carnet', false);
	await page.getByRole('heading', { name: 'Tableau de bord de la classe' }).waitFor();
	await page
		.locator('[data-student="Léa Martin"]')
		.filter({ visible: true })
		.getByRole('link', { name: /Léa Martin/ })
		.first()
		.click();
	await page.getByTestId('teacher-achievement').nth(2).waitFor({ timeout: 60_000 });
	await page.getByTestId('teacher-portfolio').scrollIntoViewIfNeeded();
	await page.waitForTimeout(600);
	await page.getByTestId('teacher-portfolio').screenshot({ path: `${OUT}/phone-4-enseignant.png` });
	console.log('screenshot teacher');
	await context.close();
} finally {
	await browser.close();
	await app.stop();
}
