/**
 * Server-side sessions, persisted in the accounts database (`session:<sha256 of token>`) so a
 * restart or another gateway instance keeps people logged in. The cookie carries only the
 * random token; the stored id is its hash, so a leaked database does not yield live cookies.
 * Timeouts: 8 h of inactivity, 30 days absolute. A short in-memory cache keeps the hot path off
 * the database; logout deletes the document and the cache entry.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';

/** Defaults 8 h and 30 days; SESSION_IDLE_SECONDS / SESSION_MAX_SECONDS change them. */
export const INACTIVITY_MS = Number(process.env.SESSION_IDLE_SECONDS ?? 8 * 3600) * 1000;
export const ABSOLUTE_MS = Number(process.env.SESSION_MAX_SECONDS ?? 30 * 24 * 3600) * 1000;
/** lastSeenAt is rewritten at most this often (not on every request). */
const TOUCH_EVERY_MS = Math.min(5 * 60_000, INACTIVITY_MS / 8);
const CACHE_MS = Math.min(30_000, TOUCH_EVERY_MS);

export interface SessionDoc {
	_id: string;
	_rev?: string;
	type: 'session';
	userId: string;
	csrfToken: string;
	createdAt: string;
	lastSeenAt: string;
}

function sessionDocId(token: string): string {
	return `session:${createHash('sha256').update(token).digest('hex')}`;
}

export class SessionStore {
	readonly #accounts: AccountsRepository;
	readonly #cache = new Map<string, { doc: SessionDoc; cachedAt: number }>();

	constructor(accounts: AccountsRepository) {
		this.#accounts = accounts;
	}

	async create(userId: string): Promise<{ token: string; session: SessionDoc }> {
		const token = randomBytes(32).toString('base64url');
		const now = new Date().toISOString();
		const session: SessionDoc = {
			_id: sessionDocId(token),
			type: 'session',
			userId,
			csrfToken: randomBytes(24).toString('base64url'),
			createdAt: now,
			lastSeenAt: now
		};
		const result = await this.#accounts.db.insert(session);
		session._rev = result.rev;
		this.#cache.set(session._id, { doc: session, cachedAt: Date.now() });
		return { token, session };
	}

	/** The live session of a token, or null (unknown, expired, malformed). */
	async find(token: string | undefined): Promise<SessionDoc | null> {
		if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
		const id = sessionDocId(token);
		const cached = this.#cache.get(id);
		const doc =
			cached && Date.now() - cached.cachedAt < CACHE_MS
				? cached.doc
				: await this.#accounts.get<SessionDoc>(id);
		if (!doc) {
			this.#cache.delete(id);
			return null;
		}
		const now = Date.now();
		if (
			now - Date.parse(doc.lastSeenAt) > INACTIVITY_MS ||
			now - Date.parse(doc.createdAt) > ABSOLUTE_MS
		) {
			await this.#remove(doc);
			return null;
		}
		if (!cached || cached.doc !== doc) this.#cache.set(id, { doc, cachedAt: now });
		if (now - Date.parse(doc.lastSeenAt) > TOUCH_EVERY_MS) this.#touch(doc);
		return doc;
	}

	async destroy(token: string | undefined): Promise<void> {
		if (!token) return;
		const id = sessionDocId(token);
		this.#cache.delete(id);
		// A concurrent touch may bump the revision: re-read and retry until it is gone.
		for (let attempt = 0; attempt < 5; attempt++) {
			const doc = await this.#accounts.get<SessionDoc>(id);
			if (!doc?._rev) return;
			const removed = await this.#accounts.db.destroy(id, doc._rev).then(
				() => true,
				() => false
			);
			if (removed) return;
		}
	}

	#touch(doc: SessionDoc): void {
		const touched = { ...doc, lastSeenAt: new Date().toISOString() };
		this.#cache.set(doc._id, { doc: touched, cachedAt: Date.now() });
		this.#accounts.db.insert(touched).then(
			(result) => (touched._rev = result.rev),
			() => this.#cache.delete(doc._id) // a concurrent touch won: re-read next time
		);
	}

	async #remove(doc: SessionDoc): Promise<void> {
		this.#cache.delete(doc._id);
		if (doc._rev) await this.#accounts.db.destroy(doc._id, doc._rev).catch(() => undefined);
	}
}
