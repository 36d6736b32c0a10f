/**
 * The one sync manager: replicates every database of the session with the gateway and tells
 * the UI, honestly, where things stand.
 *
 * - `status`: idle | syncing | paused-offline | error | unauthorized (worst channel wins).
 * - `pendingChanges`: local documents changed after the last push checkpoint (counted from the
 *   changes feed, persisted per database, so it survives a restart while offline).
 * - `lastSyncedAt`: when every channel was last caught up in both directions (persisted).
 * - `staleWarning`: changes have been waiting for more than a day.
 *
 * Triggers: `start()` at app open, `online`, back to the foreground, `syncNow()` (the
 * « Synchroniser » button). A 401 stops replication and marks the session expired; local data
 * stays and the student keeps writing.
 */
import type { Session } from '$lib/data/session.repository.ts';
import type { SyncControl } from './api-client.ts';
import { isoTime } from './replication.ts';
import {
	deviceSessionStore,
	deviceSettingsStore,
	markSessionExpired,
	type SessionStore,
	type SettingsStore
} from './session-store.ts';
import { RefusedDocs } from './refused-docs.ts';
import { serialTask } from './serial-task.ts';
import type { SyncChannel } from './sync-channel.ts';
import { aggregateStatus, statusMessage, type SyncStatus } from './sync-status.ts';
import { listenForSyncTriggers, type TriggerSources } from './triggers.ts';
import { defaultSyncDeps } from './sync-defaults.ts';

export type { SyncStatus };

type SyncEngine = typeof import('./sync-engine.ts');

export interface SyncManagerDeps {
	/** Loads what the other functions need (the browser wiring imports PouchDB lazily). */
	prepare?: () => Promise<void>;
	openLocal(dbName: string): PouchDB.Database;
	openRemote(dbName: string, fetch: typeof globalThis.fetch): PouchDB.Database;
	destroyLocal(dbName: string): Promise<void>;
	fetch?: typeof globalThis.fetch;
	sessions?: SessionStore;
	settings?: SettingsStore;
	backOff?: (delay: number) => number;
	now?: () => number;
	/** Asks the browser to sync from the service worker when the network returns (Chromium). */
	requestBackgroundSync?: () => Promise<boolean>;
	/** Where `online`/`offline` and `visibilitychange` come from; none in tests by default. */
	events?: TriggerSources;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SETTLE_TIMEOUT_MS = 20_000;

export class SyncManager implements SyncControl {
	#status = $state<SyncStatus>('idle');
	#pendingChanges = $state(0);
	#lastSyncedAt = $state<string | null>(null);
	#errorMessage = $state<string | null>(null);
	#pendingSince = $state<number | null>(null);
	#now = $state(Date.now());
	#started = $state(false);

	#deps: SyncManagerDeps;
	#session: Session | null = null;
	#channels: SyncChannel[] = [];
	#stopConflicts: (() => void)[] = [];
	#stopListeners: (() => void)[] = [];
	#stopLocalChanges: (() => void)[] = [];
	#pushed: Record<string, number | string> = {};
	#refused: RefusedDocs;
	#waiters: (() => void)[] = [];
	#unauthorizedListeners: (() => void)[] = [];
	#recount = serialTask(() => this.#countPending());
	#engine: SyncEngine | null = null;

	constructor(deps: SyncManagerDeps) {
		this.#deps = deps;
		this.#refused = new RefusedDocs(this.#settings);
	}

	get status(): SyncStatus {
		return this.#status;
	}
	get pendingChanges(): number {
		return this.#pendingChanges;
	}
	get lastSyncedAt(): string | null {
		return this.#lastSyncedAt;
	}
	get errorMessage(): string | null {
		return this.#errorMessage;
	}
	get staleWarning(): boolean {
		return (
			this.#pendingChanges > 0 &&
			this.#pendingSince !== null &&
			this.#now - this.#pendingSince > DAY_MS
		);
	}
	/** Started and pending changes counted once (the app starts sync after its first screen). */
	get started(): boolean {
		return this.#started;
	}
	get running(): boolean {
		return this.#channels.length > 0;
	}

	get #sessions(): SessionStore {
		return this.#deps.sessions ?? deviceSessionStore;
	}
	get #settings(): SettingsStore {
		return this.#deps.settings ?? deviceSettingsStore;
	}
	/** Replication code, loaded on first use (see sync-engine.ts). */
	async #loadEngine(): Promise<SyncEngine> {
		return (this.#engine ??= await import('./sync-engine.ts'));
	}
	#clock(): number {
		return this.#deps.now?.() ?? Date.now();
	}

	/** Starts live replication of every database of the session (call at app open and login). */
	async start(session: Session): Promise<void> {
		await this.stop();
		await this.#deps.prepare?.();
		const { asEmitter, SyncChannel, watchConflicts } = await this.#loadEngine();
		this.#session = session;
		const userKey = session.userId;
		this.#lastSyncedAt = await this.#settings.get<string | null>(
			`sync:lastSyncedAt:${userKey}`,
			null
		);
		this.#pendingSince = await this.#settings.get<number | null>(
			`sync:pendingSince:${userKey}`,
			null
		);
		this.#errorMessage = null;
		for (const db of session.databases) {
			const local = this.#deps.openLocal(db.name);
			const access = db.access === 'write' ? 'write' : 'read';
			this.#pushed[db.name] = await this.#settings.get(`sync:lastPushedSeq:${db.name}`, 0);
			await this.#refused.load(db.name);
			// Readers write only immutable visas and comments: nothing to merge there.
			if (access === 'write') this.#stopConflicts.push(watchConflicts(local));
			const feed = asEmitter(local.changes({ since: 'now', live: true }));
			feed.on('change', () => this.#schedulePending());
			this.#stopLocalChanges.push(() => feed.cancel());
			this.#channels.push(
				new SyncChannel({
					name: db.name,
					access,
					readOnly: db.readOnly === true,
					local,
					openRemote: this.#deps.openRemote,
					fetch: this.#deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
					csrfToken: () => this.#session?.csrfToken ?? '',
					backOff: this.#deps.backOff,
					onUpdate: () => this.#onChannelUpdate(),
					onPushCheckpoint: (seq) => this.#onPushCheckpoint(db.name, seq),
					onRefused: (id, reason) => this.#refused.add(db.name, id, reason),
					onPushed: (ids) => this.#refused.accepted(db.name, ids)
				})
			);
		}
		this.#listen();
		for (const channel of this.#channels) channel.start();
		await this.refreshPending();
		this.#started = true;
	}

	/** Restarts replication now (resets the back-off) and waits until it settles. */
	async syncNow(timeoutMs = SETTLE_TIMEOUT_MS): Promise<SyncStatus> {
		if (!this.#session) {
			const session = await this.#sessions.get();
			if (!session || session.expired) return this.#status;
			await this.start(session);
		} else if (this.#status === 'unauthorized') {
			// Only signing in again helps; retrying would just collect more 401s.
			return this.#status;
		} else {
			this.#errorMessage = null;
			for (const channel of this.#channels) channel.start();
		}
		await this.#settled(timeoutMs);
		// The status when replication settled: the pull may flap to "syncing" right after, as it
		// reads back the documents just pushed.
		const settled = this.#status;
		await this.refreshPending();
		return settled;
	}

	/** Stops every replication and listener (logout, or before switching user). */
	async stop(): Promise<void> {
		for (const stop of [
			...this.#stopListeners,
			...this.#stopConflicts,
			...this.#stopLocalChanges
		]) {
			stop();
		}
		this.#stopListeners = [];
		this.#stopConflicts = [];
		this.#stopLocalChanges = [];
		for (const channel of this.#channels) channel.cancel();
		this.#channels = [];
		this.#pushed = {};
		this.#refused.clear();
		this.#session = null;
		this.#status = 'idle';
		this.#started = false;
		this.#resolveWaiters();
	}

	/** For sign-out: one last push when possible, then the honest count of what is left. */
	async settle(): Promise<number> {
		// Starts from the stored session if needed; an expired one cannot sync.
		if (this.#status !== 'unauthorized') await this.syncNow(SETTLE_TIMEOUT_MS);
		if (this.#channels.length > 0) return this.refreshPending();
		// Not running (session expired, or none): count from the stored checkpoints.
		const session = await this.#sessions.get();
		if (!session) return 0;
		await this.#deps.prepare?.();
		const { countPending, isReviewDoc } = await this.#loadEngine();
		let total = 0;
		for (const db of session.databases) {
			const seq = await this.#settings.get<number | string>(`sync:lastPushedSeq:${db.name}`, 0);
			await this.#refused.load(db.name);
			total += await countPending(this.#deps.openLocal(db.name), seq, {
				refusedIds: this.#refused.ids(db.name),
				pushes: db.access === 'write' ? undefined : isReviewDoc
			});
		}
		return total;
	}

	async destroyLocal(dbName: string): Promise<void> {
		await this.#deps.destroyLocal(dbName);
		await this.#settings.set(`sync:lastPushedSeq:${dbName}`, 0);
		await this.#settings.set(`sync:refused:${dbName}`, {});
	}

	/** Recounts unsynced local documents; a caller never gets a count that started before its call. */
	refreshPending(): Promise<number> {
		return this.#recount();
	}

	async #countPending(): Promise<number> {
		const { countPending, isReviewDoc } = await this.#loadEngine();
		let total = 0;
		for (const channel of this.#channels) {
			total += await countPending(channel.local, this.#pushed[channel.name] ?? 0, {
				refusedIds: this.#refused.ids(channel.name),
				pushes: channel.access === 'write' ? undefined : isReviewDoc
			});
		}
		this.#now = this.#clock();
		this.#pendingChanges = total;
		await this.#trackPendingSince(total);
		return total;
	}

	async #trackPendingSince(total: number): Promise<void> {
		const next = total === 0 ? null : (this.#pendingSince ?? this.#clock());
		if (next === this.#pendingSince || !this.#session) return;
		this.#pendingSince = next;
		await this.#settings.set(`sync:pendingSince:${this.#session.userId}`, next);
	}

	#schedulePending(): void {
		void this.refreshPending().catch(() => 0);
	}

	#onPushCheckpoint(dbName: string, seq: number | string): void {
		if (!(dbName in this.#pushed)) return;
		this.#pushed[dbName] = seq;
		void this.#settings.set(`sync:lastPushedSeq:${dbName}`, seq).catch(() => undefined);
		this.#schedulePending();
	}

	#onChannelUpdate(): void {
		const status = aggregateStatus(this.#channels, this.#refused.count);
		const previous = this.#status;
		this.#status = status;
		this.#errorMessage = statusMessage(status, this.#channels, this.#refused.count);
		if (status === 'unauthorized' && previous !== 'unauthorized') this.#onUnauthorized();
		if (status === 'idle' && previous !== 'idle' && this.#channels.length > 0 && this.#session) {
			const at = isoTime(this.#clock());
			this.#lastSyncedAt = at;
			void this.#settings
				.set(`sync:lastSyncedAt:${this.#session.userId}`, at)
				.catch(() => undefined);
		}
		if (status === 'paused-offline' && previous !== 'paused-offline') {
			void this.#deps.requestBackgroundSync?.().catch(() => false);
		}
		if (status !== 'syncing') this.#resolveWaiters();
		this.#schedulePending();
	}

	#onUnauthorized(): void {
		for (const channel of this.#channels) channel.cancel();
		// Listeners run once the session is marked expired, so that what they do (the account was
		// deleted: the session is cleared) is not overwritten by it.
		void markSessionExpired(this.#sessions)
			.catch(() => null)
			.then(() => {
				for (const listener of this.#unauthorizedListeners) listener();
			});
	}

	/**
	 * Calls `listener` whenever the gateway starts refusing the session (401): expired, or the
	 * account deleted while the app stayed open. Returns the function that removes it.
	 */
	onUnauthorized(listener: () => void): () => void {
		this.#unauthorizedListeners.push(listener);
		return () => {
			this.#unauthorizedListeners = this.#unauthorizedListeners.filter((l) => l !== listener);
		};
	}

	#settled(timeoutMs: number): Promise<void> {
		if (this.#status !== 'syncing' && !this.#channels.some((c) => c.state === 'syncing')) {
			return Promise.resolve();
		}
		return new Promise((resolve) => {
			const timer = setTimeout(resolve, timeoutMs);
			this.#waiters.push(() => {
				clearTimeout(timer);
				resolve();
			});
		});
	}

	#resolveWaiters(): void {
		const waiters = this.#waiters;
		this.#waiters = [];
		for (const resolve of waiters) resolve();
	}

	#listen(): void {
		const onTrigger = () => void this.syncNow().catch(() => undefined);
		this.#stopListeners.push(listenForSyncTriggers(this.#deps.events ?? {}, onTrigger));
	}
}

export function createSyncManager(deps: SyncManagerDeps): SyncManager {
	return new SyncManager(deps);
}

/** The app's instance (browser IndexedDB journals, same-origin gateway). */
export const syncManager = createSyncManager(defaultSyncDeps());
