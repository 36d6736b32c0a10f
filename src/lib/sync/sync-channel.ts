/**
 * Live replication of one database with its gateway twin, with a state the manager can trust:
 * push and pull are followed separately, so "idle" means both directions are caught up.
 * Read-only databases (a tutor or teacher reading a student's journal) pull everything and push
 * only the documents that role writes there: visas and comments.
 */
import { gatewayFetch, replicationOptions } from './replication.ts';

export type ChannelState = 'syncing' | 'idle' | 'offline' | 'error' | 'unauthorized';

export interface ChannelOptions {
	name: string;
	access: 'write' | 'read';
	/** The journal of an archived class: pull only, local changes stay on the device. */
	readOnly?: boolean;
	local: PouchDB.Database;
	openRemote(name: string, fetch: typeof globalThis.fetch): PouchDB.Database;
	fetch: typeof globalThis.fetch;
	csrfToken(): string;
	backOff?: (delay: number) => number;
	/** Called after every state change and every replicated batch. */
	onUpdate(): void;
	/** The local sequence the push has checkpointed: everything up to it is on the server. */
	onPushCheckpoint(seq: number | string): void;
	/** A document the server refused (`reason` is the gateway's French text). */
	onRefused(id: string, reason: string): void;
	/** Ids of documents the server accepted in one pushed batch. */
	onPushed(ids: string[]): void;
}

/**
 * PouchDB's replications are thenable event emitters; listening through this narrower type
 * keeps `on(...)` from reading as a floating promise.
 */
interface Emitter {
	on(event: string, listener: (...args: never[]) => void): unknown;
	cancel(): void;
}

export function asEmitter(value: unknown): Emitter {
	return value as Emitter;
}

/** What a reader writes into a journal it reads; the gateway refuses anything else. */
export function isReviewDoc(doc: { _id: string }): boolean {
	return (
		doc._id.startsWith('visa:') ||
		doc._id.startsWith('comment:') ||
		doc._id.startsWith('validation:')
	);
}

function statusOf(error: unknown): number | undefined {
	const status = (error as { status?: unknown } | null)?.status;
	return typeof status === 'number' ? status : undefined;
}

export class SyncChannel {
	readonly name: string;
	readonly access: 'write' | 'read';
	readonly local: PouchDB.Database;
	state: ChannelState = 'syncing';
	/** HTTP status of the last failure, if any (0 = network). */
	failure: number | undefined;
	#options: ChannelOptions;
	#replication: Emitter | undefined;
	#pushIdle = false;
	#pullIdle = false;
	#unreachable = false;
	#run = 0;

	constructor(options: ChannelOptions) {
		this.#options = options;
		this.name = options.name;
		this.access = options.access;
		this.local = options.local;
	}

	start(): void {
		this.cancel();
		this.state = 'syncing';
		this.failure = undefined;
		this.#unreachable = false;
		// Requests of a cancelled run may still settle: their reports must not touch this run.
		const run = ++this.#run;
		this.#pushIdle = false;
		this.#pullIdle = false;
		const fetch = gatewayFetch(this.#options.fetch, this.#options.csrfToken, {
			reachable: (ok) => {
				if (run !== this.#run) return;
				this.#unreachable = !ok;
				if (!ok) this.failure = 0;
				else if (this.failure === 0) this.failure = undefined;
				this.#update();
			},
			status: (status) => {
				if (run === this.#run && status === 401) this.#fail(401);
			}
		});
		const remote = this.#options.openRemote(this.name, fetch);
		const options = replicationOptions(this.#options.backOff);
		// Archived (read-only) journal: no push at all, so its checkpoint never passes the local
		// changes the server refuses; they stay counted as pending (src/lib/features/lifecycle).
		const handler = this.#options.readOnly
			? this.local.replicate.from(remote, options)
			: this.local.sync(
					remote,
					this.access === 'write' ? options : { ...options, push: { filter: isReviewDoc } }
				);
		const sync = asEmitter(handler);
		if (this.#options.readOnly) {
			this.#pushIdle = true;
			this.#follow(sync, 'pull', run);
			sync.on('paused', (error?: unknown) => {
				if (!error && run === this.#run)
					void this.#settleReadOnly(remote, run).catch(() => undefined);
			});
		} else {
			const { push, pull } = handler as unknown as { push: unknown; pull: unknown };
			this.#follow(asEmitter(push), 'push', run);
			this.#follow(asEmitter(pull), 'pull', run);
		}
		sync.on('error', (error: unknown) => {
			if (run === this.#run) this.#fail(statusOf(error) ?? 500);
		});
		sync.on('denied', (event: { doc?: { id?: unknown; reason?: unknown } }) => {
			if (run !== this.#run) return;
			const id = event.doc?.id;
			if (typeof id === 'string') this.#options.onRefused(id, String(event.doc?.reason ?? ''));
			this.#update();
		});
		this.#replication = sync;
		this.#update();
	}

	/**
	 * A read-only journal is never pushed, so nothing moves its push checkpoint: once the pull
	 * is caught up, move it past the local changes the server already has (pulled documents),
	 * up to the first one it lacks. What the device wrote and could not send stays counted.
	 */
	async #settleReadOnly(remote: PouchDB.Database, run: number): Promise<void> {
		const changes = await this.local.changes({ since: 0, style: 'main_only' });
		const revs: Record<string, string[]> = {};
		for (const change of changes.results) {
			if (!change.id.startsWith('_design/')) revs[change.id] = [change.changes[0]!.rev];
		}
		const missing = await remote.revsDiff(revs);
		if (run !== this.#run) return;
		let checkpoint: number | string = 0;
		for (const change of changes.results) {
			if (change.id in missing) break;
			checkpoint = change.seq;
		}
		if (checkpoint !== 0) this.#options.onPushCheckpoint(checkpoint);
	}

	cancel(): void {
		this.#replication?.cancel();
		this.#replication = undefined;
	}

	#follow(replication: Emitter, direction: 'push' | 'pull', run: number): void {
		const setIdle = (idle: boolean) => {
			if (direction === 'push') this.#pushIdle = idle;
			else this.#pullIdle = idle;
		};
		replication.on('active', () => {
			if (run !== this.#run) return;
			setIdle(false);
			this.#update();
		});
		replication.on('paused', (error?: unknown) => {
			if (run !== this.#run) return;
			setIdle(!error);
			if (error) this.failure = this.#unreachable ? 0 : (statusOf(error) ?? 0);
			else if (!this.#unreachable) this.failure = undefined;
			this.#update();
		});
		replication.on('change', (info: { docs?: { _id: string }[] }) => {
			if (run !== this.#run) return;
			if (direction === 'push') this.#options.onPushed((info.docs ?? []).map((doc) => doc._id));
			this.#update();
		});
		if (direction === 'push') {
			replication.on('checkpoint', (event: { checkpoint?: number | string }) => {
				if (event.checkpoint !== undefined) this.#options.onPushCheckpoint(event.checkpoint);
			});
		}
	}

	#fail(status: number): void {
		this.failure = status;
		this.state = status === 401 ? 'unauthorized' : 'error';
		this.cancel();
		this.#options.onUpdate();
	}

	#update(): void {
		if (this.state === 'unauthorized' || (this.state === 'error' && !this.#replication)) {
			this.#options.onUpdate();
			return;
		}
		if (this.#unreachable) this.state = 'offline';
		else if (this.failure !== undefined && this.failure !== 0) this.state = 'error';
		else if (this.failure === 0) this.state = 'offline';
		else if (this.#pushIdle && this.#pullIdle) this.state = 'idle';
		else this.state = 'syncing';
		this.#options.onUpdate();
	}
}
