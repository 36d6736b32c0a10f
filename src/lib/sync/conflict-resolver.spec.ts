import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveAllConflicts, watchConflicts } from './conflict-resolver.ts';
import { TEXT_SEPARATOR } from './conflicts.ts';

let dir: string;
let phone: PouchDB.Database;
let laptop: PouchDB.Database;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'carnet-resolver-'));
	// Same options as the app's journals: compaction removes the common ancestor's body.
	phone = new PouchDB(join(dir, 'phone'), { auto_compaction: true });
	laptop = new PouchDB(join(dir, 'laptop'), { auto_compaction: true });
});

afterEach(async () => {
	await phone.close();
	await laptop.close();
	await rm(dir, { recursive: true, force: true });
});

const ID = 'entry:2026-06-03:abcdefghij';

async function edit(db: PouchDB.Database, patch: object) {
	const doc = await db.get(ID);
	await db.put({ ...doc, ...patch });
}

async function conflictOnBothSides() {
	await phone.put({ _id: ID, type: 'entry', text: 'Matin : câblage.', tools: [], updatedAt: 'T1' });
	await phone.replicate.to(laptop);
	await edit(phone, { text: 'Matin : câblage de la baie.', tools: ['testeur'], updatedAt: 'T2' });
	await edit(laptop, { text: 'Après-midi : VLAN.', tools: ['switch'], updatedAt: 'T3' });
	await phone.sync(laptop);
	const doc = await phone.get(ID, { conflicts: true });
	expect(doc._conflicts).toHaveLength(1);
}

describe('conflict resolver on real PouchDB', () => {
	it('merges, removes the losing branch, and both devices converge', async () => {
		await conflictOnBothSides();
		expect(await resolveAllConflicts(phone)).toBe(1);
		await phone.sync(laptop);
		for (const db of [phone, laptop]) {
			const doc = await db.get<{ text: string; tools: string[] }>(ID, { conflicts: true });
			expect(doc._conflicts).toBeUndefined();
			expect(doc.text).toBe(`Après-midi : VLAN.${TEXT_SEPARATOR}Matin : câblage de la baie.`);
			expect([...doc.tools].sort()).toEqual(['switch', 'testeur']);
		}
	});

	it('two devices resolving the same conflict write the same revision', async () => {
		await conflictOnBothSides();
		await resolveAllConflicts(phone);
		await resolveAllConflicts(laptop);
		const revPhone = (await phone.get(ID))._rev;
		expect((await laptop.get(ID))._rev).toBe(revPhone);
		await phone.sync(laptop);
		expect((await laptop.get(ID, { conflicts: true }))._conflicts).toBeUndefined();
	});

	it('keeps every photo attachment of both branches', async () => {
		const photoId = 'photo:2026-06-03:abcdefghij';
		const jpeg = (byte: number) => Buffer.from([0xff, 0xd8, byte, 0xff, 0xd9]);
		await phone.put({ _id: photoId, type: 'photo', caption: '' });
		await phone.replicate.to(laptop);
		const onPhone = await phone.get(photoId);
		await phone.put({
			...onPhone,
			caption: 'Baie',
			_attachments: { 'image.jpg': { content_type: 'image/jpeg', data: jpeg(1) } }
		});
		const onLaptop = await laptop.get(photoId);
		await laptop.put({
			...onLaptop,
			caption: 'Serveur',
			_attachments: { 'thumb.jpg': { content_type: 'image/jpeg', data: jpeg(2) } }
		});
		await phone.sync(laptop);
		await resolveAllConflicts(laptop);
		await phone.sync(laptop);
		const merged = await phone.get<{ caption: string }>(photoId, {
			conflicts: true,
			attachments: true,
			binary: true
		});
		expect(merged._conflicts).toBeUndefined();
		expect(Object.keys(merged._attachments ?? {}).sort()).toEqual(['image.jpg', 'thumb.jpg']);
		expect(merged.caption).toContain('Baie');
		expect(merged.caption).toContain('Serveur');
	});

	it('watches the database and resolves conflicts as they arrive', async () => {
		const stop = watchConflicts(phone);
		try {
			await conflictOnBothSides().catch(() => undefined);
			await expect
				.poll(async () => (await phone.get(ID, { conflicts: true }))._conflicts, { timeout: 5000 })
				.toBeUndefined();
			const text = (await phone.get<{ text: string }>(ID)).text;
			expect(text).toContain('Après-midi : VLAN.');
			expect(text).toContain('Matin : câblage de la baie.');
		} finally {
			stop();
		}
	});
});
