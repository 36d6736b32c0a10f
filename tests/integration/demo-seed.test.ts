/**
 * The demo school seeded on a fresh DATA_DIR: every account of the contract logs in, and each
 * student's journal (pulled through the gateway) is valid per the shared schemas, with photo
 * hashes and submitted week digests that match their content. DEMO=0 seeds nothing.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekDigest } from '../../src/lib/domain/digest/week-digest.ts';
import { parseSyncedDocument } from '../../src/lib/domain/schemas/index.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { localPouch, login } from './support/gateway-client.ts';

let app: RunningApp;

beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

describe('demo seed', () => {
	it('creates the contract’s accounts with their roles', async () => {
		const expected = {
			'lea.martin': 'student',
			'hugo.bernard': 'student',
			'ines.petit': 'student',
			'tuteur.demo': 'tutor',
			'prof.demo': 'teacher',
			'admin.demo': 'admin'
		};
		for (const [username, role] of Object.entries(expected)) {
			expect((await login(app.url, username)).me.user.role).toBe(role);
		}
	});

	it('puts each student in the class of their school year', async () => {
		const admin = await login(app.url, 'admin.demo');
		const classes = (await (await admin.fetch('/api/admin/classes')).json()) as {
			id: string;
			name: string;
			year: number;
		}[];
		const members: Record<string, string[]> = {};
		for (const schoolClass of classes) {
			const students = (await (
				await admin.fetch(`/api/admin/classes/${schoolClass.id}/students`)
			).json()) as { username: string; trainingYear?: number }[];
			for (const student of students) expect(student.trainingYear).toBe(schoolClass.year);
			members[`${schoolClass.name} (${schoolClass.year})`] = students.map((s) => s.username);
		}
		expect(members).toEqual({
			'BTS SIO 1 — Lycée Victor-Hugo (démo) (1)': ['ines.petit'],
			'BTS SIO 2 — Lycée Victor-Hugo (démo) (2)': ['hugo.bernard', 'lea.martin']
		});
		const teacher = await login(app.url, 'prof.demo');
		expect(teacher.me.databases).toHaveLength(3);
	});

	it('gives every student a valid journal with photos and submitted weeks', async () => {
		for (const username of ['lea.martin', 'hugo.bernard', 'ines.petit']) {
			const student = await login(app.url, username);
			const local = await localPouch();
			await local.replicate.from(student.remote(student.journal));
			const docs = (
				await local.allDocs({ include_docs: true, attachments: true, binary: true })
			).rows
				.map((row) => row.doc as unknown as Record<string, unknown> & { _id: string })
				.filter((doc) => !doc._id.startsWith('_design/'));
			for (const doc of docs) parseSyncedDocument(doc);
			const byType = (type: string) => docs.filter((doc) => doc.type === type);
			expect(byType('profile')).toHaveLength(1);
			expect(byType('stage')).toHaveLength(1);
			expect(byType('entry').length).toBeGreaterThanOrEqual(10);
			expect(byType('photo').length).toBeGreaterThanOrEqual(3);
			for (const photo of byType('photo')) {
				const image = (photo._attachments as Record<string, { data: Buffer }>)['image.jpg']!.data;
				expect(createHash('sha256').update(image).digest('hex')).toBe(photo.sha256);
				expect(image.subarray(0, 2).toString('hex')).toBe('ffd8'); // a JPEG
			}
			const submitted = byType('week').filter((week) => week.status === 'submitted');
			expect(submitted).toHaveLength(2);
			for (const week of submitted) {
				const digest = await weekDigest({
					week: week as never,
					entries: byType('entry') as never,
					photos: byType('photo') as never
				});
				expect(digest).toBe(week.submittedDigest);
			}
		}
	});

	it('seeds nothing with DEMO=0', async () => {
		const bare = await startApp({ DEMO: '0' });
		try {
			const response = await fetch(`${bare.url}/api/auth/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username: 'lea.martin', password: 'demo-carnet' })
			});
			expect(response.status).toBe(401);
		} finally {
			await bare.stop();
		}
	});
});
