/** Valid journal documents for the integration tests (checked by the shared schemas). */
import { createHash, randomBytes } from 'node:crypto';

const at = '2026-06-01T08:00:00.000Z';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export function rand(): string {
	return [...randomBytes(10)].map((byte) => BASE32[byte % 32]).join('');
}

export const STAGE_ID = 'stage:2026-06-01:abcdefghij';

export function entryDoc(date = '2026-06-02', id = `entry:${date}:${rand()}`) {
	return {
		_id: id,
		type: 'entry',
		schemaVersion: 1,
		stageId: STAGE_ID,
		date,
		text: 'Installation d’un serveur DHCP.',
		minutes: 240,
		activityIds: ['1.2'],
		tools: ['Windows Server'],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: at,
		updatedAt: at
	};
}

export function photoDoc(image: Buffer, thumb: Buffer, date = '2026-06-02') {
	return {
		_id: `photo:${date}:${rand()}`,
		type: 'photo',
		schemaVersion: 1,
		entryId: `entry:${date}:abcdefghij`,
		stageId: STAGE_ID,
		date,
		caption: 'Baie de brassage',
		sha256: createHash('sha256').update(image).digest('hex'),
		width: 64,
		height: 48,
		bytes: image.length,
		confidential: false,
		createdAt: at,
		_attachments: {
			'image.jpg': { content_type: 'image/jpeg', data: image.toString('base64') },
			'thumb.jpg': { content_type: 'image/jpeg', data: thumb.toString('base64') }
		}
	};
}

export function visaDoc(signer: { id: string; role: string; name: string }) {
	const signedAt = '2026-06-05T16:00:00.000Z';
	return {
		_id: `visa:week:2026-06-01:abcdefghij:${signedAt}:${rand()}`,
		type: 'visa',
		schemaVersion: 1,
		weekId: 'week:2026-06-01:abcdefghij',
		stageId: STAGE_ID,
		signerRole: signer.role,
		signerId: signer.id,
		signerName: signer.name,
		decision: 'changes_requested',
		comment: 'À compléter.',
		digest: 'a'.repeat(64),
		covers: [{ id: 'entry:2026-06-02:abcdefghij', rev: '1-abc' }],
		signedAt
	};
}

export function commentDoc(author: { id: string; role: string; name: string }) {
	const createdAt = '2026-06-05T16:00:00.000Z';
	const targetId = 'entry:2026-06-02:abcdefghij';
	return {
		_id: `comment:${targetId}:${createdAt}:${rand()}`,
		type: 'comment',
		schemaVersion: 1,
		targetId,
		authorRole: author.role,
		authorId: author.id,
		authorName: author.name,
		text: 'Bien décrit, ajoute une capture de la configuration.',
		createdAt
	};
}
