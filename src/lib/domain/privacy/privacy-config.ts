/**
 * The settings the privacy notice is generated from (`GET /api/privacy-config`, see
 * docs/api.md) and the school that is the data controller (`GET /api/school`). Parsed at the
 * boundary; `DEFAULT_PRIVACY_CONFIG` is the gateway's defaults, the built-in fallback shown
 * (and said to be possibly out of date) when the app has never reached the server.
 */
import { z } from 'zod';

const roleWrites = z.object({ writes: z.array(z.string()) });

export const privacyConfigSchema = z.object({
	tutorAccessDays: z.number().int().min(0),
	purge: z.object({ delayYears: z.number().int().min(1), rule: z.string().min(1) }),
	sessions: z.object({ idleHours: z.number().positive(), maxDays: z.number().positive() }),
	invitationMaxDays: z.number().int().positive(),
	roles: z.object({
		student: roleWrites,
		tutor: roleWrites,
		teacher: roleWrites,
		admin: roleWrites
	}),
	// Optional: a notice cached from an older gateway has none (the default is then said).
	audit: z.object({
		actions: z.array(z.string()),
		retentionMonths: z.number().int().positive().optional()
	})
});

export type PrivacyConfig = z.infer<typeof privacyConfigSchema>;

/** The gateway's default (server/lifecycle/settings.ts); the school may change it. */
export const DEFAULT_AUDIT_RETENTION_MONTHS = 12;

export const schoolSchema = z.object({
	name: z.string().nullable(),
	contact: z.string().nullable()
});

export type School = z.infer<typeof schoolSchema>;

export const DEFAULT_PRIVACY_CONFIG: PrivacyConfig = {
	tutorAccessDays: 30,
	purge: { delayYears: 1, rule: '31 décembre de l’année qui suit l’archivage de la classe' },
	sessions: { idleHours: 8, maxDays: 30 },
	invitationMaxDays: 180,
	roles: {
		student: {
			writes: ['profile', 'stage', 'entry', 'photo', 'week', 'achievement', 'review', 'attestation']
		},
		tutor: { writes: ['visa', 'comment', 'signature'] },
		teacher: { writes: ['visa', 'comment', 'validation', 'review', 'signature'] },
		admin: { writes: [] }
	},
	audit: {
		actions: [
			'signed',
			'exported',
			'promoted',
			'archived',
			'purged',
			'deleted',
			'deletion-requested',
			'export-offered',
			'invitation-created',
			'invitation-revoked',
			'settings-changed'
		],
		retentionMonths: DEFAULT_AUDIT_RETENTION_MONTHS
	}
};

export const UNKNOWN_SCHOOL: School = { name: null, contact: null };
