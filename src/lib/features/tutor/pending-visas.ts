/**
 * Visas signed before the replica's code had reached this phone (the network dropped right after
 * the week showed): kept here until the code loads, then stored in the replica and sent. Written
 * synchronously (`localStorage`): the tutor may close the page at once, and the visa must outlive
 * it; the next opening of the week stores it.
 */
import type { Visa } from '$lib/domain/schemas';

const PREFIX = 'tutor-pending-visa:';
const key = (journal: string, visaId: string) => `${PREFIX}${journal}:${visaId}`;

export function keepPendingVisa(journal: string, visa: Visa): void {
	localStorage.setItem(key(journal, visa._id), JSON.stringify(visa));
}

function keysOf(journal: string): string[] {
	const prefix = `${PREFIX}${journal}:`;
	return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
		.filter((k): k is string => k?.startsWith(prefix) ?? false)
		.sort();
}

/** The visas of `journal` waiting for the replica, oldest first. */
export function pendingVisas(journal: string): Visa[] {
	try {
		return keysOf(journal).flatMap((k) => {
			const raw = localStorage.getItem(k);
			return raw ? [JSON.parse(raw) as Visa] : [];
		});
	} catch {
		return [];
	}
}

/** Once the visa is in the replica (the sync sends it from there). */
export function dropPendingVisa(journal: string, visaId: string): void {
	localStorage.removeItem(key(journal, visaId));
}

/** When the journal itself is gone from the server (purge, deletion): nowhere left to send them. */
export function forgetPendingVisas(journal: string): void {
	for (const k of keysOf(journal)) localStorage.removeItem(k);
}
