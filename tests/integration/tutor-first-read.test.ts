/**
 * The tutor's token exchange carries the journal's text documents (`firstRead`) so a slow phone
 * lists the weeks without replicating first. Against the real gateway: exactly the journal of
 * the link, every document but photos, each at the revision the server stores (a visa signed
 * from them names revisions the server can check), the photos apart as metadata without any
 * attachment (their `sha256` lets the phone compute the week's digest before the JPEGs), the
 * référentiel labels of the activities its entries use (the week page shows them before the
 * référentiel's code arrives), and nothing once the link is revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	competencesForActivities,
	referentielReader
} from '../../src/lib/domain/referentiel/referentiel.ts';
import { labelReader, type ReferentielLabels } from '../../src/lib/domain/referentiel/labels.ts';
import { startApp, type RunningApp } from '../e2e/support/app.ts';
import { login, type UserClient } from './support/gateway-client.ts';
import { exchange, firstStageId, invite, tokenOf } from './support/tutor-client.ts';

interface FirstRead {
	name: string;
	docs: { _id: string; _rev: string; _attachments?: unknown; activityIds?: string[] }[];
	photos: { _id: string; _rev: string; sha256?: string; _attachments?: unknown }[];
}

let app: RunningApp;
let lea: UserClient;

beforeAll(async () => {
	app = await startApp();
	lea = await login(app.url, 'lea.martin');
});
afterAll(async () => {
	await app?.stop();
});

describe('the tutor session answer', () => {
	it('carries the journal of the link, photos left out, at the stored revisions', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const response = await exchange(app.url, tokenOf(invitation));
		expect(response.status).toBe(200);
		// Compressed: on a slow phone line this answer is what the first screen waits for.
		expect(response.headers.get('content-encoding')).toBe('gzip');
		const { firstRead } = (await response.json()) as { firstRead: FirstRead[] };
		expect(firstRead.map((j) => j.name)).toEqual([lea.journal]);

		const all = (await (await lea.fetch(`/couch/${lea.journal}/_all_docs`)).json()) as {
			rows: { id: string; value: { rev: string } }[];
		};
		const stored = new Map(all.rows.map((row) => [row.id, row.value.rev]));
		const expected = all.rows
			.map((row) => row.id)
			.filter((id) => !id.startsWith('photo:') && !id.startsWith('_design/'));
		const docs = firstRead[0]!.docs;
		expect(docs.map((d) => d._id).sort()).toEqual(expected.sort());
		expect(expected.some((id) => id.startsWith('entry:'))).toBe(true);
		for (const doc of docs) expect(doc._rev, doc._id).toBe(stored.get(doc._id));

		// Photos: every one the journal stores, at its stored revision, without image bytes.
		const photos = firstRead[0]!.photos;
		const storedPhotos = all.rows.map((row) => row.id).filter((id) => id.startsWith('photo:'));
		expect(storedPhotos.length).toBeGreaterThan(0);
		expect(photos.map((p) => p._id).sort()).toEqual(storedPhotos.sort());
		for (const photo of photos) {
			expect(photo._rev, photo._id).toBe(stored.get(photo._id));
			expect(photo.sha256, photo._id).toMatch(/^[0-9a-f]{64}$/);
			expect(photo, photo._id).not.toHaveProperty('_attachments');
		}
		// The stored photos do have attachments: the answer left them out on purpose.
		const first = storedPhotos[0]!;
		const full = (await (
			await lea.fetch(`/couch/${lea.journal}/${encodeURIComponent(first)}`)
		).json()) as {
			_attachments?: Record<string, unknown>;
		};
		expect(Object.keys(full._attachments ?? {})).not.toHaveLength(0);
		expect(JSON.stringify(firstRead)).not.toContain('"data"');
	});

	it('carries the référentiel labels of the activities its entries use, and only those', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const response = await exchange(app.url, tokenOf(invitation));
		const body = (await response.json()) as {
			firstRead: FirstRead[];
			referentielLabels: ReferentielLabels;
		};
		const used = [
			...new Set(
				body.firstRead[0]!.docs.filter((d) => d._id.startsWith('entry:')).flatMap(
					(d) => d.activityIds ?? []
				)
			)
		];
		expect(used.length).toBeGreaterThan(1);
		const table = body.referentielLabels;
		expect(Object.keys(table.labels).sort()).toEqual([...used].sort());
		// Every demo journal starts with the welcome day (activity 1.6).
		expect(table.labels['1.6']).toBe('Organisation de son développement professionnel');
		const reader = labelReader(table);
		for (const id of used)
			expect(reader.activityLabel(id), id).toBe(referentielReader.activityLabel(id));
		expect(reader.competencesFor(used)).toEqual(referentielReader.competencesFor(used));
		expect(table.competences.map((c) => c.id)).toEqual(
			competencesForActivities(used).map((c) => c.id)
		);
	});

	it('carries nothing for a revoked link', async () => {
		const invitation = await invite(lea, await firstStageId(lea));
		const revoked = await lea.fetch(`/api/invitations/${invitation.id}`, { method: 'DELETE' });
		expect(revoked.ok).toBe(true);
		const response = await exchange(app.url, tokenOf(invitation));
		expect(response.status).toBe(410);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).not.toHaveProperty('firstRead');
		expect(body).not.toHaveProperty('referentielLabels');
		expect(JSON.stringify(body)).not.toContain('photo:');
	});
});
