/**
 * The student's links for their tutor (docs/api.md, invitations). The token lives only in the
 * link's fragment, so it is shown once, right after creation; later lists show dates only.
 */
import { gatewayJson } from './gateway-json';

export interface Invitation {
	id: string;
	stageId: string;
	createdAt?: string;
	expiresAt: string;
	revokedAt?: string;
	usedAt?: string;
	/** Only in the answer to the creation. */
	url?: string;
}

export const OFFLINE_INVITE_MESSAGE =
	'Inviter votre tuteur·rice demande une connexion à Internet : réessayez quand vous aurez du réseau.';

export function createInvitation(stageId: string): Promise<Invitation> {
	return gatewayJson('/api/invitations', { method: 'POST', body: { stageId } });
}

export function listInvitations(stageId: string): Promise<Invitation[]> {
	return gatewayJson(`/api/invitations?stageId=${encodeURIComponent(stageId)}`);
}

export async function revokeInvitation(id: string): Promise<void> {
	await gatewayJson(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Links still usable now: not revoked, not expired. */
export function activeInvitations(list: Invitation[], now = new Date()): Invitation[] {
	return list.filter((i) => !i.revokedAt && new Date(i.expiresAt) > now);
}

/** The link as a QR code (SVG path of the dark modules), computed on the device: no network. */
export async function qrPath(url: string): Promise<{ size: number; d: string }> {
	const { default: QRCode } = await import('qrcode');
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	let d = '';
	for (let y = 0; y < modules.size; y++) {
		for (let x = 0; x < modules.size; x++) {
			if (modules.get(y, x)) d += `M${x} ${y}h1v1h-1z`;
		}
	}
	return { size: modules.size, d };
}
