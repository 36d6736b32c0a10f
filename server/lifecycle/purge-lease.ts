/**
 * One purge run at a time across every gateway instance sharing the CouchDB (several gateways
 * behind a load balancer each run the scheduler). The holder writes a lease document in the
 * accounts database; CouchDB's revision check (`409` on a stale `_rev`) makes taking it atomic,
 * and a lease that was not released (instance killed mid-run) expires after `ttlMs`.
 */
import type { AccountsRepository } from '../accounts/accounts.repository.ts';

const LEASE_ID = 'lease:purge';

interface LeaseDoc {
	_id: string;
	_rev?: string;
	type: 'lease';
	holder: string;
	until: string;
}

const conflict = (error: unknown) => (error as { statusCode?: number }).statusCode === 409;

/** Takes the lease for `holder` until `now + ttlMs`; false when another holder has it. */
export async function takePurgeLease(
	accounts: AccountsRepository,
	holder: string,
	now: number,
	ttlMs: number
): Promise<boolean> {
	const current = await accounts.get<LeaseDoc>(LEASE_ID);
	if (current && current.holder !== holder && Date.parse(current.until) > now) return false;
	const next: LeaseDoc = {
		...(current ?? { _id: LEASE_ID, type: 'lease' as const }),
		holder,
		until: new Date(now + ttlMs).toISOString()
	};
	try {
		await accounts.db.insert(next);
		return true;
	} catch (error) {
		if (conflict(error)) return false; // another instance took it between our read and write
		throw error;
	}
}

/** Gives the lease back (best effort: it expires anyway). */
export async function releasePurgeLease(
	accounts: AccountsRepository,
	holder: string
): Promise<void> {
	const current = await accounts.get<LeaseDoc>(LEASE_ID);
	if (!current || current.holder !== holder) return;
	const released: LeaseDoc = { ...current, until: new Date(0).toISOString() };
	await accounts.db.insert(released).catch(() => undefined);
}
