/**
 * Loads the tutor's replica code once, and stores the session received in this page (if any)
 * before handing it out: whoever reads the replica (list, week, signing) then finds the
 * journal's text in it. A failed load (offline before the code arrived) is retried at the next
 * call.
 */
import { afterFirstPaint } from '$lib/features/pwa/after-first-paint';
import { firstRead } from './first-read.svelte';
import type { TutorExchange } from './tutor-link';

export type TutorReplica = typeof import('./tutor-replica');

let loading: Promise<TutorReplica> | null = null;
const stored = new WeakMap<TutorExchange, Promise<void>>();

export async function loadReplica(): Promise<TutorReplica> {
	loading ??= import('./tutor-replica').catch((error: unknown) => {
		loading = null;
		throw error;
	});
	const replica = await loading;
	const exchange = firstRead.exchange;
	if (exchange) {
		let storing = stored.get(exchange);
		if (!storing) {
			storing = replica.storeTutorSession(exchange).catch((error: unknown) => {
				stored.delete(exchange);
				throw error;
			});
			stored.set(exchange, storing);
		}
		await storing;
	}
	return replica;
}

/**
 * The replica for a page: after the first screen when it can paint from memory (the code must
 * not compete with it on a slow link), at once otherwise (reopened page: nothing else to show).
 */
export function replicaForPage(paintsFromMemory: boolean): Promise<TutorReplica> {
	return (paintsFromMemory ? afterFirstPaint() : Promise.resolve()).then(loadReplica);
}
