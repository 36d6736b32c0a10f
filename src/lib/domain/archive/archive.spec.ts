import { describe, expect, it } from 'vitest';
import { validDocs, WEEK_ID } from '../schemas/fixtures.ts';
import {
	attachmentPath,
	checkArchivedDoc,
	checkManifest,
	crc32,
	decideImport,
	describeDocument,
	findCentralDirectory,
	localDataOffset,
	readCentralDirectory,
	zipWriter,
	ZipFormatError,
	type ManifestAttachment
} from './index.ts';

const text = (s: string) => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function buildZip(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
	const writer = zipWriter(new Date(2026, 2, 2, 10, 30));
	const parts: Uint8Array[] = [];
	for (const f of files) {
		parts.push(
			writer.header({ name: f.name, crc32: crc32(f.bytes), size: f.bytes.length }),
			f.bytes
		);
	}
	parts.push(writer.finish());
	return concat(parts);
}

function readZip(zip: Uint8Array) {
	const tailOffset = Math.max(0, zip.length - 65_557);
	const dir = findCentralDirectory(zip.subarray(tailOffset), tailOffset);
	return readCentralDirectory(zip.subarray(dir.offset, dir.offset + dir.size), dir.count).map(
		(entry) => {
			const start = localDataOffset(
				entry,
				zip.subarray(entry.headerOffset, entry.headerOffset + 30)
			);
			return { ...entry, bytes: zip.subarray(start, start + entry.size) };
		}
	);
}

describe('crc32', () => {
	it('gives the reference check value, also when fed in pieces', () => {
		expect(crc32(text('123456789'))).toBe(0xcbf43926);
		expect(crc32(text('56789'), crc32(text('1234')))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});

describe('store-only zip', () => {
	it('reads back what it wrote, names with accents included', () => {
		const files = [
			{ name: 'manifest.json', bytes: text('{"a":1}') },
			{ name: 'attachments/photo_2026-03-02_x/image.jpg', bytes: new Uint8Array([255, 216, 0, 1]) },
			{ name: 'vide-é.txt', bytes: new Uint8Array() }
		];
		const read = readZip(buildZip(files));
		expect(read.map((e) => e.name)).toEqual(files.map((f) => f.name));
		read.forEach((entry, i) => {
			expect([...entry.bytes]).toEqual([...files[i]!.bytes]);
			expect(entry.crc32).toBe(crc32(files[i]!.bytes));
		});
	});

	it('refuses what is not a zip, and compressed entries, in French', () => {
		expect(() => readZip(text('bonjour, je ne suis pas un zip'))).toThrow(/n’est pas une archive/);
		const zip = buildZip([{ name: 'a.txt', bytes: text('abc') }]);
		const dir = findCentralDirectory(zip, 0);
		zip[dir.offset + 10] = 8; // method: deflate
		expect(() => readCentralDirectory(zip.subarray(dir.offset), dir.count)).toThrow(ZipFormatError);
		expect(() => readCentralDirectory(zip.subarray(dir.offset), dir.count)).toThrow(/compressé/);
	});
});

describe('checkManifest', () => {
	const manifest = {
		format: 'carnet-de-stage/archive',
		version: 1,
		exportedAt: '2026-03-02T10:00:00.000Z',
		userId: 'leamartin',
		displayName: 'Léa Martin',
		documentCount: 0,
		attachments: []
	};
	it('accepts its own format for the same account only', () => {
		expect(checkManifest(manifest, 'leamartin').ok).toBe(true);
		const other = checkManifest(manifest, 'hugobernard');
		expect(other).toMatchObject({ ok: false, message: expect.stringContaining('Léa Martin') });
	});
	it('refuses a newer format and a foreign file with French messages', () => {
		expect(checkManifest({ ...manifest, version: 2 }, 'leamartin')).toMatchObject({
			ok: false,
			message: expect.stringContaining('version plus récente')
		});
		expect(checkManifest({ format: 'autre' }, 'leamartin')).toMatchObject({
			ok: false,
			message: 'Ce fichier n’est pas une archive du Carnet de stage.'
		});
		expect(checkManifest({ ...manifest, attachments: 'x' }, 'leamartin')).toMatchObject({
			ok: false,
			message: expect.stringContaining('manifest.json')
		});
	});
});

describe('decideImport', () => {
	const history = { start: 3, ids: ['c', 'b', 'a'] };
	it('writes new and newer revisions, keeps newer local ones, detects divergence', () => {
		expect(decideImport({ rev: '3-c', history }, null)).toBe('new');
		expect(decideImport({ rev: '3-c', history }, { rev: '3-c' })).toBe('same');
		expect(decideImport({ rev: '3-c', history }, { rev: '2-b' })).toBe('archive-newer');
		expect(
			decideImport(
				{ rev: '3-c', history },
				{ rev: '4-d', history: { start: 4, ids: ['d', 'c', 'b'] } }
			)
		).toBe('device-newer');
		expect(
			decideImport(
				{ rev: '3-c', history },
				{ rev: '3-x', history: { start: 3, ids: ['x', 'b', 'a'] } }
			)
		).toBe('diverged');
	});
});

describe('checkArchivedDoc', () => {
	const archived = <T extends { _id: string }>(doc: T, hash = 'abc123') => ({
		...doc,
		_rev: `2-${hash}`,
		_revisions: { start: 2, ids: [hash, 'fff000'] }
	});
	const none = new Map<string, ManifestAttachment[]>();

	it('accepts every valid document type of the shared schemas', () => {
		for (const doc of Object.values(validDocs)) {
			const { _attachments: _, ...plain } = doc as typeof doc & { _attachments?: unknown };
			const check = checkArchivedDoc(archived(plain), none);
			expect(check.ok, `${plain._id}: ${JSON.stringify(check)}`).toBe(true);
		}
	});

	it('reports each problem in French with a label the student recognises', () => {
		const entry = archived({ ...validDocs.entry, minutes: 5000 });
		expect(checkArchivedDoc(entry, none)).toEqual({
			ok: false,
			id: validDocs.entry._id,
			label: 'Entrée du mardi 2 juin 2026',
			errors: ['Temps passé : 24 heures au maximum par jour.']
		});
		const noHistory = { ...validDocs.entry, _rev: '2-abc' };
		expect(checkArchivedDoc(noHistory, none)).toMatchObject({
			ok: false,
			errors: ['Historique des versions absent ou illisible.']
		});
		const lying = { ...archived(validDocs.entry), _rev: '5-abc123' };
		expect(checkArchivedDoc(lying, none)).toMatchObject({ ok: false });
		expect(checkArchivedDoc(archived({ _id: 'x:1', type: 'pirate' }), none)).toMatchObject({
			ok: false,
			errors: ['Type de document inconnu (« pirate »).']
		});
		expect(checkArchivedDoc('nimportequoi', none)).toMatchObject({ ok: false });
	});

	it('requires both images of a photo in the archive, with the announced length', () => {
		const photo = archived({
			...validDocs.photo,
			_attachments: {
				'image.jpg': { content_type: 'image/jpeg', digest: 'md5-a', length: 10 },
				'thumb.jpg': { content_type: 'image/jpeg', digest: 'md5-b', length: 4 }
			}
		});
		const file = (name: string, length: number): ManifestAttachment => ({
			docId: photo._id,
			name,
			path: attachmentPath(photo._id, name),
			contentType: 'image/jpeg',
			length,
			digest: 'md5-a'
		});
		expect(checkArchivedDoc(photo, new Map([[photo._id, [file('image.jpg', 10)]]]))).toMatchObject({
			ok: false,
			errors: ['Fichier « thumb.jpg » absent de l’archive.']
		});
		const both = new Map([[photo._id, [file('image.jpg', 10), file('thumb.jpg', 3)]]]);
		expect(checkArchivedDoc(photo, both)).toMatchObject({
			ok: false,
			errors: ['Fichier « thumb.jpg » tronqué ou modifié.']
		});
		both.set(photo._id, [file('image.jpg', 10), file('thumb.jpg', 4)]);
		expect(checkArchivedDoc(photo, both).ok).toBe(true);
	});

	it('names documents in French', () => {
		expect(describeDocument('profile')).toBe('Profil');
		expect(describeDocument(`visa:${WEEK_ID}:2026-06-05T17:00:00.000Z:defghijklm`)).toBe(
			'Visa de la semaine du lundi 1 juin 2026'
		);
		expect(attachmentPath('photo:2026-06-02:abc', 'image.jpg')).toBe(
			'attachments/photo_2026-06-02_abc/image.jpg'
		);
	});
});
