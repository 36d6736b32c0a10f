import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../../../server/audit/audit-log.ts';
import { DOCUMENT_TYPES, documentSchemas, ROLES, writerRoles } from '../schemas/index.ts';
import { AUDIT_ACTION_LABELS } from './audit-labels.ts';
import { DOCUMENT_DESCRIPTIONS, shownFields } from './field-labels.ts';
import { DEFAULT_PRIVACY_CONFIG, privacyConfigSchema, UNKNOWN_SCHOOL } from './privacy-config.ts';
import { buildPrivacyNotice } from './privacy-notice.ts';
import { schemaFields } from './schema-fields.ts';

describe('field labels of the privacy notice', () => {
	it.each(DOCUMENT_TYPES)('name every field of the %s schema, and no other', (type) => {
		const fields = schemaFields(documentSchemas[type]);
		const labelled = Object.keys(DOCUMENT_DESCRIPTIONS[type].fields);
		const missing = fields.filter((field) => !labelled.includes(field));
		const stale = labelled.filter((field) => !fields.includes(field));
		expect(missing, `fields of ${type} without a label in field-labels.ts`).toEqual([]);
		expect(stale, `labels of ${type} for fields the schema no longer has`).toEqual([]);
	});

	it('finds nested fields under wrappers', () => {
		const schema = z.object({
			a: z.string(),
			b: z.preprocess((v) => v, z.object({ c: z.string() }).optional()),
			d: z.array(z.object({ e: z.number() })).default([])
		});
		expect(schemaFields(schema)).toEqual(['a', 'b', 'b.c', 'd', 'd.e']);
	});

	it('shows sub-fields rather than their group, and no technical field', () => {
		const stage = shownFields('stage');
		expect(stage).toContain('adresse e-mail du tuteur ou de la tutrice');
		expect(stage).not.toContain('tuteur·rice');
		expect(shownFields('entry')).not.toContain(null);
		expect(shownFields('attestation')).toContain('date de naissance (facultative, seulement ici)');
	});
});

describe('buildPrivacyNotice', () => {
	const config = {
		...DEFAULT_PRIVACY_CONFIG,
		tutorAccessDays: 45,
		purge: { delayYears: 2, rule: '31 décembre de la 2e année qui suit l’archivage de la classe' },
		sessions: { idleHours: 1.5, maxDays: 7 },
		audit: { ...DEFAULT_PRIVACY_CONFIG.audit, retentionMonths: 18 }
	};

	it('says the actual retention and access settings', () => {
		const notice = buildPrivacyNotice(config, { name: 'Lycée Jean-Moulin', contact: null });
		const text = notice.retention.join(' ');
		expect(text).toContain('31 décembre de la 2e année qui suit l’archivage de la classe');
		expect(text).toContain('2 ans');
		expect(text).toContain('45 jours après la fin du stage');
		expect(text).toContain('1,5 heure sans activité');
		expect(text).toContain('7 jours');
		expect(text).toContain('journal d’audit');
		expect(text).toContain('conservé 18 mois');
		// A notice cached from an older gateway (no retention) says the default.
		const older = { ...config, audit: { actions: config.audit.actions } };
		expect(buildPrivacyNotice(older, UNKNOWN_SCHOOL).retention.join(' ')).toContain(
			'conservé 12 mois'
		);
		expect(notice.controller).toBe('Lycée Jean-Moulin');
		const tutor = notice.audiences.find((a) => a.who.startsWith('Le tuteur'));
		expect(tutor?.sees).toContain('45 jours');
	});

	it('lists every document type with its writers from the configuration', () => {
		const notice = buildPrivacyNotice(config, { name: null, contact: null });
		expect(notice.documents.map((d) => d.type)).toEqual([...DOCUMENT_TYPES]);
		expect(notice.documents.find((d) => d.type === 'visa')?.writers).toEqual([
			'tuteur·rice',
			'enseignant·e'
		]);
		expect(notice.controller).toContain('établissement');
	});

	it('falls back offline on the same writers and audit actions as the gateway', () => {
		for (const role of ROLES) {
			const writes = DOCUMENT_TYPES.filter((type) => writerRoles[type].includes(role));
			expect(DEFAULT_PRIVACY_CONFIG.roles[role].writes, role).toEqual(writes);
		}
		expect(DEFAULT_PRIVACY_CONFIG.audit.actions).toEqual([...AUDIT_ACTIONS]);
	});

	it('names every audit action in French', () => {
		for (const action of DEFAULT_PRIVACY_CONFIG.audit.actions) {
			expect(AUDIT_ACTION_LABELS[action], action).toBeTruthy();
		}
		expect(privacyConfigSchema.parse(DEFAULT_PRIVACY_CONFIG)).toEqual(DEFAULT_PRIVACY_CONFIG);
	});
});
