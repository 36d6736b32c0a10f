/**
 * The manager's one status from its channels' states: the worst wins, and documents refused by
 * the server turn "idle" into "error" (they are not on the server, whatever the channels say).
 */
import { MESSAGES, refusedMessage } from './errors.ts';
import type { ChannelState } from './sync-channel.ts';

export type SyncStatus = 'idle' | 'syncing' | 'paused-offline' | 'error' | 'unauthorized';

export interface ChannelView {
	state: ChannelState;
	/** HTTP status of the last failure (0 = network). */
	failure: number | undefined;
}

const RANK: SyncStatus[] = ['idle', 'paused-offline', 'syncing', 'error', 'unauthorized'];
const FROM_CHANNEL: Record<ChannelState, SyncStatus> = {
	idle: 'idle',
	syncing: 'syncing',
	offline: 'paused-offline',
	error: 'error',
	unauthorized: 'unauthorized'
};

export function aggregateStatus(channels: ChannelView[], refusedCount: number): SyncStatus {
	const worst = channels
		.map((channel) => FROM_CHANNEL[channel.state])
		.reduce<SyncStatus>((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a), 'idle');
	return worst === 'idle' && refusedCount > 0 ? 'error' : worst;
}

/** The French explanation of a status, or null when there is nothing to explain. */
export function statusMessage(
	status: SyncStatus,
	channels: ChannelView[],
	refusedCount: number
): string | null {
	if (status === 'unauthorized') return MESSAGES.unauthorized;
	if (status === 'paused-offline') return MESSAGES.network;
	if (status !== 'error') return null;
	const failing = channels.find((channel) => channel.state === 'error');
	if (!failing && refusedCount > 0) return refusedMessage(refusedCount);
	return failing?.failure === 403 ? MESSAGES.forbidden : MESSAGES.server;
}
