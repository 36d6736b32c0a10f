/**
 * The import's decisions on a real PouchDB (pouchdb-browser over fake-indexeddb): what is new or
 * continues this device's version is written with its own revision id, what this device changed
 * since is kept, a version changed on both sides is kept beside the device's (a PouchDB conflict
 * the app's merge then resolves), and nothing is written twice.
 */
import '$lib/data/test-setup.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEntry, updateEntry } from '$lib/data/entry.repository.ts';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db.ts';
import {
	ARCHIVE_FORMAT,
	crc32,
	DOCUMENTS_PATH,
	MANIFEST_PATH,
	zipWriter
} from '$lib/domain/archive/index.ts';
import { STAGE_ID, validDocs } from '$lib/domain/schemas/fixtures.ts';
import { importArchive } from './import-archive.ts';

type Doc = Record<string, unknown> & { _id: string; _rev: string };

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId));

function archiveOf(docs: unknown[]): Blob {
	const manifest = {
		format: ARCHIVE_FORMAT,
		version: 1,
		exportedAt: '2026-06-05T10:00:00.000Z',
		userId,
		displayName: 'Léa Martin',
		documentCount: docs.length,
		attachments: []
	};
	const writer = zipWriter();
	const parts: Uint8Array[] = [];
	for (const [name, value] of [
		[MANIFEST_PATH, manifest],
		[DOCUMENTS_PATH, docs]
	] as const) {
		const bytes = new TextEncoder().encode(JSON.stringify(value));
		parts.push(writer.header({ name, crc32: crc32(bytes), size: bytes.length }), bytes);
	}
	parts.push(writer.finish());
	return new Blob(parts as BlobPart[]);
}

async function withHistory(
	id: string
): Promise<Doc & { _revisions: { start: number; ids: string[] } }> {
	return (await db.get(id, { revs: true })) as never;
}

/** A later revision of `doc` as another device would have written it. */
function nextRevision(
	doc: Doc & { _revisions: { start: number; ids: string[] } },
	text: string,
	hash: string
) {
	return {
		...doc,
		text,
		_rev: `${doc._revisions.start + 1}-${hash}`,
		_revisions: { start: doc._revisions.start + 1, ids: [hash, ...doc._revisions.ids] }
	};
}

describe('importArchive', () => {
	it('writes new and newer revisions as they are, keeps newer local ones, keeps both sides of a divergence', async () => {
		const date = '2026-06-02';
		const [older, newer, diverged] = await Promise.all(
			['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'].map((rand) =>
				createEntry(db, { id: `entry:${date}:${rand}`, stageId: STAGE_ID, date })
			)
		);
		const olderAtOne = await withHistory(older!._id);
		const newerAtOne = await withHistory(newer!._id);
		const divergedAtOne = await withHistory(diverged!._id);
		await updateEntry(db, older!._id, { text: 'Suite écrite sur ce téléphone.' });
		await updateEntry(db, diverged!._id, { text: 'Version de ce téléphone.' });

		const archived = [
			{
				...validDocs.profile,
				_rev: `1-${'a'.repeat(32)}`,
				_revisions: { start: 1, ids: ['a'.repeat(32)] }
			},
			olderAtOne,
			nextRevision(newerAtOne, 'Version de l’archive, plus récente.', 'b'.repeat(32)),
			nextRevision(divergedAtOne, 'Version de l’archive.', 'c'.repeat(32))
		];
		const report = await importArchive(db, userId, archiveOf(archived));

		expect(report.fatal).toBeUndefined();
		expect(report.errors).toEqual([]);
		expect(report.imported).toBe(3);
		expect(report.keptHere.map((i) => i.id)).toEqual([older!._id]);
		expect(report.merged.map((i) => i.id)).toEqual([diverged!._id]);

		expect((await db.get('profile'))._rev).toBe(`1-${'a'.repeat(32)}`);
		const fastForward = (await db.get(newer!._id)) as Doc;
		expect(fastForward._rev).toBe(`2-${'b'.repeat(32)}`);
		expect(fastForward.text).toBe('Version de l’archive, plus récente.');
		expect(((await db.get(older!._id)) as Doc).text).toBe('Suite écrite sur ce téléphone.');
		const both = (await db.get(diverged!._id, { conflicts: true })) as Doc & {
			_conflicts?: string[];
		};
		const revisions = [both._rev, ...(both._conflicts ?? [])];
		expect(revisions).toContain(`2-${'c'.repeat(32)}`);
		expect(revisions).toHaveLength(2);

		// Again: everything is already here.
		const again = await importArchive(db, userId, archiveOf(archived));
		expect(again.imported).toBe(0);
		expect(again.unchanged).toBe(3);
		expect(again.merged).toEqual([]);
		expect(again.keptHere.map((i) => i.id)).toEqual([older!._id]);
	});

	it('refuses another account’s archive and a file that is not one, writing nothing', async () => {
		const foreign = await importArchive(db, 'quelquundautre', archiveOf([]));
		expect(foreign.fatal).toContain('autre compte');
		const text = await importArchive(db, userId, new Blob(['pas un zip']));
		expect(text.fatal).toBe('Ce fichier n’est pas une archive du Carnet de stage (ZIP illisible).');
		expect((await db.allDocs()).rows).toEqual([]);
	});
});
