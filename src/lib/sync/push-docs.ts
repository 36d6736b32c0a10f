/**
 * Sends a few named documents (a visa, a comment) from a local replica to the gateway now, and
 * says honestly what happened: on the server, refused (with the gateway's French reason), or
 * still waiting for the network. The live sync would push them too; this gives the signer an
 * answer about *their* document instead of a global status.
 */
import { MESSAGES } from './errors.ts';
import { gatewayFetch } from './replication.ts';

export type PushOutcome =
	{ state: 'sent' } | { state: 'pending'; message: string } | { state: 'refused'; message: string };

export interface PushDeps {
	local: PouchDB.Database;
	openRemote(name: string, fetch: typeof globalThis.fetch): PouchDB.Database;
	dbName: string;
	csrfToken: string;
	fetch?: typeof globalThis.fetch;
}

interface ReplicationResult {
	errors?: { reason?: string; message?: string }[];
}

export async function pushDocs(deps: PushDeps, ids: string[]): Promise<PushOutcome> {
	let reachable = true;
	const fetch = gatewayFetch(
		deps.fetch ?? ((i, o) => globalThis.fetch(i, o)),
		() => deps.csrfToken,
		{
			reachable: (ok) => (reachable = reachable && ok),
			status: () => undefined
		}
	);
	const remote = deps.openRemote(deps.dbName, fetch);
	let refusal: string | undefined;
	try {
		const result = (await deps.local.replicate.to(remote, {
			doc_ids: ids
		})) as unknown as ReplicationResult;
		refusal = result.errors?.map((e) => e.reason ?? e.message).find(Boolean);
	} catch (error) {
		if (!reachable) return { state: 'pending', message: MESSAGES.network };
		const reason = (error as { reason?: string; message?: string }).reason;
		return { state: 'pending', message: reason ?? MESSAGES.server };
	}
	// Confirm on the server: a refused document is simply not there.
	try {
		for (const id of ids) await remote.get(id);
		return { state: 'sent' };
	} catch (error) {
		if (!reachable) return { state: 'pending', message: MESSAGES.network };
		if ((error as { status?: number }).status === 404) {
			return { state: 'refused', message: refusal ?? 'Le serveur a refusé ce document.' };
		}
		return { state: 'pending', message: MESSAGES.server };
	}
}
