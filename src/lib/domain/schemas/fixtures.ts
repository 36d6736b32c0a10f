/** Valid documents for the specs of the domain layer; each spec breaks one field at a time. */
const at = '2026-06-01T08:00:00.000Z';
export const STAGE_ID = 'stage:2026-06-01:abcdefghij';
export const WEEK_ID = 'week:2026-06-01:abcdefghij';
export const ACHIEVEMENT_ID = `achievement:${at}:ghijklmnop`;

export const validDocs = {
	profile: {
		_id: 'profile',
		type: 'profile',
		schemaVersion: 1,
		firstName: 'Léa',
		lastName: 'Martin',
		className: 'SIO2',
		option: 'SISR',
		trainingYear: 2,
		updatedAt: at
	},
	stage: {
		_id: STAGE_ID,
		_rev: '1-abc',
		type: 'stage',
		schemaVersion: 1,
		organisation: { name: 'Mairie de Lyon' },
		tutor: { name: 'Karim Benali', email: 'k.benali@example.fr' },
		startDate: '2026-06-01',
		endDate: '2026-07-03',
		trainingYear: 1,
		hoursPerDay: 7,
		createdAt: at,
		updatedAt: at
	},
	entry: {
		_id: 'entry:2026-06-02:bcdefghijk',
		type: 'entry',
		schemaVersion: 1,
		stageId: STAGE_ID,
		date: '2026-06-02',
		text: 'Installation d’un serveur DHCP.',
		minutes: 240,
		activityIds: ['1.2', 'A2.1'],
		tools: ['Windows Server'],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: at,
		updatedAt: at
	},
	photo: {
		_id: 'photo:2026-06-02:cdefghijkl',
		type: 'photo',
		schemaVersion: 1,
		entryId: 'entry:2026-06-02:bcdefghijk',
		stageId: STAGE_ID,
		date: '2026-06-02',
		caption: 'Baie de brassage',
		sha256: 'a'.repeat(64),
		width: 1920,
		height: 1080,
		bytes: 250_000,
		confidential: false,
		createdAt: at,
		_attachments: {
			'image.jpg': { content_type: 'image/jpeg', stub: true, digest: 'md5-x', length: 250_000 },
			'thumb.jpg': { content_type: 'image/jpeg', stub: true, digest: 'md5-y', length: 9000 }
		}
	},
	week: {
		_id: WEEK_ID,
		type: 'week',
		schemaVersion: 1,
		stageId: STAGE_ID,
		monday: '2026-06-01',
		summary: 'Première semaine.',
		difficulties: '',
		learned: '',
		status: 'submitted',
		submittedAt: '2026-06-05T16:00:00.000Z',
		submittedDigest: 'b'.repeat(64),
		updatedAt: at
	},
	visa: {
		_id: `visa:${WEEK_ID}:2026-06-05T17:00:00.000Z:defghijklm`,
		type: 'visa',
		schemaVersion: 1,
		weekId: WEEK_ID,
		stageId: STAGE_ID,
		signerRole: 'tutor',
		signerId: 'tuteur.demo',
		signerName: 'Karim Benali',
		decision: 'signed',
		comment: '',
		signature: 'data:image/png;base64,iVBORw0KGgo=',
		digest: 'b'.repeat(64),
		covers: [{ id: WEEK_ID, rev: '3-abc' }],
		signedAt: '2026-06-05T17:00:00.000Z'
	},
	comment: {
		_id: 'comment:entry:2026-06-02:bcdefghijk:2026-06-03T09:00:00.000Z:efghijklmn',
		type: 'comment',
		schemaVersion: 1,
		targetId: 'entry:2026-06-02:bcdefghijk',
		authorRole: 'teacher',
		authorId: 'prof.demo',
		authorName: 'Mme Durand',
		text: 'Précisez la plage d’adresses.',
		createdAt: '2026-06-03T09:00:00.000Z'
	},
	achievement: {
		_id: ACHIEVEMENT_ID,
		type: 'achievement',
		schemaVersion: 1,
		title: 'Mise en place d’un serveur DHCP',
		context: 'stage',
		organisation: 'Mairie de Lyon',
		stageId: STAGE_ID,
		trainingYear: 1,
		startDate: '2026-06-02',
		endDate: '2026-06-04',
		description: 'Installation et configuration du service DHCP.',
		links: [{ label: 'Procédure', url: 'https://example.fr/dhcp' }],
		photoIds: ['photo:2026-06-02:cdefghijkl'],
		competenceIds: ['C1.2.2', 'C1.3.1', 'CA2.1'],
		situationKinds: ['project', 'documentation'],
		entryIds: ['entry:2026-06-02:bcdefghijk'],
		createdAt: at,
		updatedAt: at
	},
	validation: {
		_id: `validation:${ACHIEVEMENT_ID}:2026-06-10T10:00:00.000Z:fghijklmno`,
		type: 'validation',
		schemaVersion: 1,
		achievementId: ACHIEVEMENT_ID,
		validatorRole: 'teacher',
		validatorId: 'prof.demo',
		validatorName: 'Mme Durand',
		comment: '',
		digest: 'c'.repeat(64),
		validatedAt: '2026-06-10T10:00:00.000Z'
	}
} as const;
