/**
 * Two gateways on the same CouchDB never run the purge at the same time: the lease document in
 * the accounts database goes to one holder (CouchDB's revision check decides a race), expires
 * when its holder died mid-run, and is given back after a run.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsRepository, ACCOUNTS_DB } from '../../server/accounts/accounts.repository.ts';
import { readConfig } from '../../server/config.ts';
import { connectCouch, type CouchBackend } from '../../server/couch/backend.ts';
import { releasePurgeLease, takePurgeLease } from '../../server/lifecycle/purge-lease.ts';
import { ensureDatabase } from '../../server/provision/journal-db.ts';

let couch: CouchBackend;
let first: AccountsRepository;
let second: AccountsRepository;

beforeAll(async () => {
	const dataDir = await mkdtemp(join(tmpdir(), 'carnet-lease-'));
	couch = await connectCouch(readConfig({ DATA_DIR: dataDir }));
	await ensureDatabase(couch.server, ACCOUNTS_DB);
	// Two gateway instances: each its own repository over the same database.
	first = new AccountsRepository(couch.server);
	second = new AccountsRepository(couch.server);
});
afterAll(() => couch?.stop());

const TTL = 60_000;
const now = Date.parse('2027-01-01T02:00:00.000Z');

describe('purge lease', () => {
	it('goes to one of two gateways racing for it', async () => {
		const taken = await Promise.all([
			takePurgeLease(first, 'gateway:a', now, TTL),
			takePurgeLease(second, 'gateway:b', now, TTL)
		]);
		expect(taken.filter(Boolean)).toHaveLength(1);
		const winner = taken[0] ? 'gateway:a' : 'gateway:b';
		const loser = taken[0] ? 'gateway:b' : 'gateway:a';
		// Still held a minute later… by its holder only.
		expect(await takePurgeLease(second, loser, now + 1000, TTL)).toBe(false);
		expect(await takePurgeLease(first, winner, now + 1000, TTL)).toBe(true);
		await releasePurgeLease(first, winner);
		expect(await takePurgeLease(second, loser, now + 2000, TTL)).toBe(true);
		await releasePurgeLease(second, loser);
	});

	it('expires when its holder died mid-run', async () => {
		expect(await takePurgeLease(first, 'gateway:dead', now, TTL)).toBe(true);
		expect(await takePurgeLease(second, 'gateway:alive', now + TTL - 1, TTL)).toBe(false);
		expect(await takePurgeLease(second, 'gateway:alive', now + TTL + 1, TTL)).toBe(true);
	});
});
