/**
 * Creates or repairs one journal database `journal_<userId>`: `_security` restricting it to
 * admins (the gateway is the only client), a bounded `revs_limit`, and the design document.
 * Idempotent: every step checks what is there first.
 */
import type nano from 'nano';
import { DESIGN_ID, DESIGN_VERSION, journalDesignDoc } from '../couch/design-doc.ts';

export const REVS_LIMIT = 20;

/** Members = admins only: no CouchDB user may read a journal directly. */
export const ADMIN_ONLY_SECURITY = {
	admins: { names: [], roles: ['_admin'] },
	members: { names: [], roles: ['_admin'] }
};

export function journalDbName(userId: string): string {
	if (!/^[a-z0-9]+$/.test(userId)) throw new Error(`Invalid user id for a journal: ${userId}`);
	return `journal_${userId}`;
}

function status(error: unknown): number | undefined {
	return (error as { statusCode?: number }).statusCode;
}

export async function ensureDatabase(server: nano.ServerScope, name: string): Promise<void> {
	try {
		await server.db.create(name);
	} catch (error) {
		// 412: it exists already (the normal case on a re-run).
		if (status(error) !== 412) throw error;
	}
}

export async function ensureSecurity(server: nano.ServerScope, name: string): Promise<void> {
	await server.request({ db: name, method: 'PUT', path: '_security', body: ADMIN_ONLY_SECURITY });
}

async function ensureRevsLimit(server: nano.ServerScope, name: string): Promise<void> {
	try {
		await server.request({ db: name, method: 'PUT', path: '_revs_limit', body: REVS_LIMIT });
	} catch (error) {
		// The embedded server has no `_revs_limit` endpoint; it gets the same limit from its
		// PouchDB defaults (see embedded-couch.ts). A real CouchDB must accept it.
		if (![400, 404].includes(status(error) ?? 0)) throw error;
	}
}

async function ensureDesignDoc(server: nano.ServerScope, name: string): Promise<void> {
	const db = server.use<Record<string, unknown>>(name);
	const current = await db.get(DESIGN_ID).catch((error: unknown) => {
		if (status(error) === 404) return null;
		throw error;
	});
	if (current && current.version === DESIGN_VERSION) return;
	await db.insert({ ...journalDesignDoc(), ...(current ? { _rev: current._rev } : {}) });
}

export async function provisionJournal(server: nano.ServerScope, userId: string): Promise<string> {
	const name = journalDbName(userId);
	await ensureDatabase(server, name);
	await ensureSecurity(server, name);
	await ensureRevsLimit(server, name);
	await ensureDesignDoc(server, name);
	return name;
}
