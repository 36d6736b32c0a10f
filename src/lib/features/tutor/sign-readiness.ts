/** When the tutor may sign a week (no sync code here: the first screen decides it). */

/** What the decision needs of the sync manager; null until it has loaded. */
export interface SyncProgress {
	readonly lastSyncedAt: string | null;
	readonly status: string;
}

/**
 * Whether this phone may sign the week now. A visa must name every document of the week the
 * gateway has: safe once a complete sync has finished, or when the content shown is exactly what
 * the student sent (`submittedDigest`; photos count through their `sha256`, known before their
 * images arrive). Otherwise `reason` says why in French. Reactive when `sync` is runes state.
 */
export function signReadiness(
	currentDigest: string,
	submittedDigest: string | undefined,
	sync: SyncProgress | null
): { ready: boolean; reason: string } {
	if (currentDigest === submittedDigest || (sync && sync.lastSyncedAt !== null)) {
		return { ready: true, reason: '' };
	}
	return {
		ready: false,
		reason:
			sync?.status === 'paused-offline'
				? 'Les photos de la semaine ne sont pas encore arrivées sur ce téléphone : reconnectez-vous un instant pour pouvoir signer.'
				: 'Téléchargement des photos… vous pourrez signer dans un instant.'
	};
}
