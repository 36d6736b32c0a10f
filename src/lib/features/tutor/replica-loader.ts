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
 * The replica for a page: when it paints from memory, after the first screen and `first` (that
 * page's own paint, or what it fetches next), then an idle moment: ~100 kB of code that the
 * phone then parses must not compete with the screen the tutor is looking at on a slow link. At
 * once otherwise (reopened page: nothing else to show).
 */
export function replicaForPage(
	paintsFromMemory: boolean,
	first: Promise<unknown> = Promise.resolve()
): Promise<TutorReplica> {
	if (!paintsFromMemory) return loadReplica();
	return Promise.all([afterFirstPaint(), first.catch(() => undefined)])
		.then(idle)
		.then(loadReplica);
}

/** After the next frame has been painted and the main thread is idle. */
export function afterNextPaint(): Promise<void> {
	return new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(
		idle
	);
}

function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
		else setTimeout(resolve, 0);
	});
}
