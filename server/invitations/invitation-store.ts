/**
 * Invitation links a student hands to their tutor: a single-purpose bearer token (32 random
 * bytes, base64url) that only ever travels in the URL fragment. The accounts database keeps its
 * SHA-256, never the token, in `invitetoken:<sha256>` (lookup) next to the record
 * `invitation:<studentId>:<rand>` (listing by student = `_all_docs` prefix range). The public id
 * is `<studentId>-<rand>`, so a DELETE finds the record without a scan.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';

export interface InvitationDoc {
	_id: string; // invitation:<studentId>:<rand>
	_rev?: string;
	type: 'invitation';
	id: string; // <studentId>-<rand>
	tokenHash: string;
	studentId: string;
	stageId: string;
	createdBy: string;
	createdAt: string;
	expiresAt: string;
	revokedAt?: string;
	revokedBy?: string;
	usedAt?: string;
	/** The tutor account opened with this link (reused when the link is opened again). */
	tutorId?: string;
}

interface TokenIndexDoc {
	_id: string; // invitetoken:<sha256 hex>
	type: 'invitetoken';
	invitationId: string; // _id of the invitation record
}

export type InvitationState = 'live' | 'revoked' | 'expired';

export interface PublicInvitation {
	id: string;
	stageId: string;
	createdAt: string;
	expiresAt: string;
	revokedAt?: string;
	usedAt?: string;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const PUBLIC_ID_PATTERN = /^([a-z0-9]+)-([a-z2-7]{12})$/;

function rand(): string {
	let out = '';
	for (const byte of randomBytes(12)) out += BASE32[byte % 32];
	return out;
}

function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function stateOf(invitation: InvitationDoc, now = Date.now()): InvitationState {
	if (invitation.revokedAt) return 'revoked';
	return Date.parse(invitation.expiresAt) > now ? 'live' : 'expired';
}

export function publicInvitation(doc: InvitationDoc): PublicInvitation {
	return {
		id: doc.id,
		stageId: doc.stageId,
		createdAt: doc.createdAt,
		expiresAt: doc.expiresAt,
		...(doc.revokedAt ? { revokedAt: doc.revokedAt } : {}),
		...(doc.usedAt ? { usedAt: doc.usedAt } : {})
	};
}

export class InvitationStore {
	readonly #accounts: AccountsRepository;

	constructor(accounts: AccountsRepository) {
		this.#accounts = accounts;
	}

	/** Creates the record and returns it with the token (shown once, in the link). */
	async create(input: {
		studentId: string;
		stageId: string;
		createdBy: string;
		expiresAt: string;
	}): Promise<{ invitation: InvitationDoc; token: string }> {
		const token = randomBytes(32).toString('base64url');
		const suffix = rand();
		const invitation: InvitationDoc = {
			_id: `invitation:${input.studentId}:${suffix}`,
			type: 'invitation',
			id: `${input.studentId}-${suffix}`,
			tokenHash: tokenHash(token),
			studentId: input.studentId,
			stageId: input.stageId,
			createdBy: input.createdBy,
			createdAt: new Date().toISOString(),
			expiresAt: input.expiresAt
		};
		// The record first: an index entry never points to nothing.
		await this.#accounts.insert({ ...invitation });
		const index: TokenIndexDoc = {
			_id: `invitetoken:${invitation.tokenHash}`,
			type: 'invitetoken',
			invitationId: invitation._id
		};
		await this.#accounts.insert({ ...index });
		return { invitation, token };
	}

	async byToken(token: string): Promise<InvitationDoc | null> {
		if (!TOKEN_PATTERN.test(token)) return null;
		const index = await this.#accounts.get<TokenIndexDoc>(`invitetoken:${tokenHash(token)}`);
		return index ? this.#accounts.get<InvitationDoc>(index.invitationId) : null;
	}

	async byPublicId(id: string): Promise<InvitationDoc | null> {
		const match = PUBLIC_ID_PATTERN.exec(id);
		if (!match) return null;
		return this.#accounts.get<InvitationDoc>(`invitation:${match[1]}:${match[2]}`);
	}

	async byRecordId(recordId: string): Promise<InvitationDoc | null> {
		if (!recordId.startsWith('invitation:')) return null;
		return this.#accounts.get<InvitationDoc>(recordId);
	}

	/** Every invitation of a student, newest first. */
	async ofStudent(studentId: string): Promise<InvitationDoc[]> {
		const ids = await this.#accounts.idsWithPrefix(`invitation:${studentId}:`);
		const docs = await this.#accounts.getMany<InvitationDoc>(ids);
		return docs.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
	}

	/** Whether the invitation a tutor account hangs on still opens doors (read each request). */
	async isLive(recordId: string): Promise<boolean> {
		const invitation = await this.byRecordId(recordId);
		return invitation !== null && stateOf(invitation) === 'live';
	}

	/** Applies `change` to the stored record, re-reading on a concurrent update. */
	async update(
		recordId: string,
		change: (doc: InvitationDoc) => InvitationDoc | null
	): Promise<InvitationDoc | null> {
		for (let attempt = 0; attempt < 5; attempt++) {
			const current = await this.byRecordId(recordId);
			if (!current) return null;
			const next = change(current);
			if (!next) return current;
			try {
				const result = await this.#accounts.db.insert(next);
				return { ...next, _rev: result.rev };
			} catch (error) {
				if ((error as { statusCode?: number }).statusCode !== 409) throw error;
			}
		}
		throw new Error('invitation update kept conflicting');
	}
}
