/**
 * The audit trail: append-only events in their own database (`carnet_audit`, admin-only like
 * the accounts database, never replicated to a device). An event names who (id and role), did
 * what, to which object — ids only, never a name or any content of a journal. Ids start with
 * the ISO time, so `_all_docs` in descending order is the newest-first listing with no view.
 */
import { randomBytes } from 'node:crypto';
import type nano from 'nano';
import { ensureDatabase, ensureSecurity } from '../provision/journal-db.ts';

export const AUDIT_DB = 'carnet_audit';

export const AUDIT_ACTIONS = [
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Only ids, dates, kinds and counts: enforced by the type and by `cleanDetails`. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEvent {
	id: string;
	at: string;
	actorId: string;
	actorRole: string;
	action: AuditAction;
	target: string;
	details: AuditDetails;
}

interface AuditDoc extends Omit<AuditEvent, 'id'> {
	_id: string;
	type: 'audit';
}

const SAFE_VALUE = /^[A-Za-z0-9:._@+-]{0,80}$/;

/** Drops anything that is not a short id-like string, a number, a boolean or null. */
export function cleanDetails(details: AuditDetails): AuditDetails {
	const out: AuditDetails = {};
	for (const [key, value] of Object.entries(details)) {
		if (typeof value === 'string' && !SAFE_VALUE.test(value)) continue;
		out[key] = value;
	}
	return out;
}

export class AuditLog {
	readonly #db: nano.DocumentScope<AuditDoc>;
	readonly #server: nano.ServerScope;
	#ready: Promise<void> | null = null;

	constructor(server: nano.ServerScope) {
		this.#server = server;
		this.#db = server.use<AuditDoc>(AUDIT_DB);
	}

	/** Creates the database (admin-only) once; called at start and before the first write. */
	ensure(): Promise<void> {
		this.#ready ??= (async () => {
			await ensureDatabase(this.#server, AUDIT_DB);
			await ensureSecurity(this.#server, AUDIT_DB);
		})().catch((error: unknown) => {
			this.#ready = null;
			throw error;
		});
		return this.#ready;
	}

	async record(
		event: Omit<AuditEvent, 'id' | 'at' | 'details'> & { details?: AuditDetails; at?: number }
	): Promise<void> {
		await this.ensure();
		const at = new Date(event.at ?? Date.now()).toISOString();
		const doc: AuditDoc = {
			_id: `audit:${at}:${randomBytes(6).toString('hex')}`,
			type: 'audit',
			at,
			actorId: event.actorId,
			actorRole: event.actorRole,
			action: event.action,
			target: event.target,
			details: cleanDetails(event.details ?? {})
		};
		await this.#db.insert(doc);
	}

	/** Records without failing the caller's request: the action already happened. */
	note(event: Parameters<AuditLog['record']>[0]): void {
		this.record(event).catch(() => {
			console.error(`[audit] could not record ${event.action}`);
		});
	}

	/**
	 * Deletes the events recorded before `before` (ISO time): the trail is kept for a limited time
	 * (`auditRetentionMonths`, server/lifecycle/settings.ts). Returns how many were deleted.
	 */
	async expire(before: string): Promise<number> {
		await this.ensure();
		const BATCH = 500;
		let removed = 0;
		for (;;) {
			// Ids start with the time: `audit:<before>` sorts after every older event's id.
			const page = await this.#db.list({
				startkey: 'audit:',
				endkey: `audit:${before}`,
				limit: BATCH
			});
			const rows = page.rows.filter((row) => row.id < `audit:${before}`);
			if (rows.length === 0) return removed;
			const docs = rows.map((row) => ({ _id: row.id, _rev: row.value.rev, _deleted: true }));
			const results = await this.#db.bulk({ docs: docs as unknown as AuditDoc[] });
			removed += results.filter((result) => !result.error).length;
			if (rows.length < BATCH) return removed;
		}
	}

	/** Newest first; `before` is the `next` cursor of the previous page (an event id). */
	async list(
		before: string | undefined,
		limit: number
	): Promise<{ events: AuditEvent[]; next: string | null }> {
		await this.ensure();
		const result = await this.#db.list({
			descending: true,
			include_docs: true,
			startkey: before ?? 'audit:\ufff0',
			endkey: 'audit:',
			skip: before ? 1 : 0,
			limit: limit + 1
		});
		const docs = result.rows.flatMap((row) => (row.doc ? [row.doc] : []));
		const events = docs.slice(0, limit).map(({ _id, type: _type, ...rest }) => {
			const { _rev: _ignored, ...event } = rest as typeof rest & { _rev?: string };
			return { id: _id, ...event } as AuditEvent;
		});
		return { events, next: docs.length > limit ? (events.at(-1)?.id ?? null) : null };
	}
}
