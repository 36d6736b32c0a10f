import { describe, expect, it } from 'vitest';
import { validDocs, WEEK_ID } from './fixtures.ts';
import {
	canWrite,
	DOCUMENT_TYPES,
	documentSchemas,
	parseSyncedDocument,
	safeParseSyncedDocument,
	writerRoles
} from './index.ts';

function errorsOf(doc: unknown): Record<string, string> {
	const result = safeParseSyncedDocument(doc);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('synced document schemas', () => {
	it.each(DOCUMENT_TYPES)('accepts a valid %s and keeps its type', (type) => {
		const parsed = parseSyncedDocument(validDocs[type]);
		expect(parsed.type).toBe(type);
		expect(documentSchemas[type].safeParse(validDocs[type]).success).toBe(true);
	});

	it('rejects unknown types and versions', () => {
		expect(safeParseSyncedDocument({ ...validDocs.entry, type: 'note' }).success).toBe(false);
		expect(errorsOf({ ...validDocs.entry, schemaVersion: 2 })).toEqual({
			schemaVersion: 'Version de document non prise en charge.'
		});
	});

	it('checks ids against the pattern and the content they name', () => {
		expect(errorsOf({ ...validDocs.entry, _id: 'entry:2026-06-02:SHOUT' })._id).toBe(
			'Identifiant d’entrée invalide.'
		);
		expect(errorsOf({ ...validDocs.entry, date: '2026-06-03' }).date).toBe(
			'La date de l’entrée ne correspond pas à son identifiant.'
		);
		expect(errorsOf({ ...validDocs.week, _id: 'week:2026-06-01:zzzzzzzzzz' })._id).toMatch(
			/ne correspond pas/
		);
		expect(errorsOf({ ...validDocs.visa, weekId: 'week:2026-06-08:abcdefghij' })._id).toMatch(
			/ne correspond pas/
		);
		expect(errorsOf({ ...validDocs.comment, createdAt: '2026-06-04T09:00:00.000Z' })._id).toMatch(
			/ne correspond pas/
		);
		expect(errorsOf({ ...validDocs.profile, _id: 'profile:x' })._id).toBeDefined();
	});

	it('enforces entry limits with French messages', () => {
		expect(errorsOf({ ...validDocs.entry, minutes: -5 }).minutes).toBe(
			'Temps passé : il ne peut pas être négatif.'
		);
		expect(errorsOf({ ...validDocs.entry, minutes: 1.5 }).minutes).toMatch(/entier/);
		expect(errorsOf({ ...validDocs.entry, text: 'x'.repeat(20_001) }).text).toBe(
			'Texte : 20000 caractères au maximum.'
		);
		expect(errorsOf({ ...validDocs.entry, activityIds: ['9'] })['activityIds.0']).toMatch(
			/activité/
		);
		expect(errorsOf({ ...validDocs.entry, activityIds: ['1.2', '1.2'] }).activityIds).toBe(
			'Activité cochée deux fois.'
		);
	});

	it('checks photos, weeks and visas', () => {
		expect(errorsOf({ ...validDocs.photo, caption: 'x'.repeat(501) }).caption).toMatch(/500/);
		expect(errorsOf({ ...validDocs.photo, sha256: 'xyz' }).sha256).toBe(
			'Empreinte SHA-256 invalide.'
		);
		expect(errorsOf({ ...validDocs.photo, width: 4000 }).width).toBeDefined();
		const png = {
			'image.jpg': { content_type: 'image/png', stub: true, digest: 'md5-x', length: 1 },
			'thumb.jpg': validDocs.photo._attachments['thumb.jpg']
		};
		expect(errorsOf({ ...validDocs.photo, _attachments: png })['_attachments.image.jpg']).toBe(
			'Pièce jointe invalide : une image JPEG est attendue.'
		);
		const full = { content_type: 'image/jpeg', data: new Uint8Array([0xff, 0xd8]) };
		const written = { ...validDocs.photo, _attachments: { 'image.jpg': full, 'thumb.jpg': full } };
		expect(errorsOf(written)).toEqual({});
		const noData = { 'image.jpg': { content_type: 'image/jpeg' }, 'thumb.jpg': full };
		expect(errorsOf({ ...validDocs.photo, _attachments: noData })).toHaveProperty([
			'_attachments.image.jpg'
		]);
		expect(
			errorsOf({ ...validDocs.week, _id: 'week:2026-06-02:abcdefghij', monday: '2026-06-02' })
				.monday
		).toBe('La semaine doit commencer un lundi.');
		expect(errorsOf({ ...validDocs.week, submittedDigest: undefined }).status).toMatch(/empreinte/);
		expect(errorsOf({ ...validDocs.week, status: 'draft', submittedDigest: undefined })).toEqual(
			{}
		);
		expect(errorsOf({ ...validDocs.visa, signature: undefined }).signature).toBe(
			'La signature est obligatoire.'
		);
		expect(
			errorsOf({ ...validDocs.visa, decision: 'changes_requested', signature: undefined }).comment
		).toBe('Indiquez les modifications demandées.');
		expect(errorsOf({ ...validDocs.visa, covers: [] }).covers).toMatch(/au moins un/);
		expect(errorsOf({ ...validDocs.visa, weekId: 'entry:2026-06-02:bcdefghijk' }).weekId).toBe(
			'Semaine inconnue.'
		);
		expect(validDocs.visa._id.startsWith(`visa:${WEEK_ID}:`)).toBe(true);
	});

	it('rejects a stage ending before it starts', () => {
		expect(errorsOf({ ...validDocs.stage, endDate: '2026-05-31' }).endDate).toBe(
			'La date de fin doit être après la date de début.'
		);
		expect(errorsOf({ ...validDocs.stage, endDate: '2026-06-01' })).toEqual({});
	});

	it('defaults hoursPerDay to 7 and strips unknown fields', () => {
		const { hoursPerDay: _omitted, ...rest } = validDocs.stage;
		const parsed = parseSyncedDocument({ ...rest, extra: 1 });
		expect(parsed).toMatchObject({ hoursPerDay: 7 });
		expect(parsed).not.toHaveProperty('extra');
	});

	it('says who writes what', () => {
		expect(writerRoles.entry).toEqual(['student']);
		expect(canWrite('student', 'visa')).toBe(false);
		expect(canWrite('student', 'comment')).toBe(false);
		expect(canWrite('tutor', 'visa')).toBe(true);
		expect(canWrite('teacher', 'comment')).toBe(true);
		expect(canWrite('tutor', 'entry')).toBe(false);
		expect(canWrite('admin', 'profile')).toBe(false);
		expect(Object.keys(writerRoles).sort()).toEqual([...DOCUMENT_TYPES].sort());
	});
});
