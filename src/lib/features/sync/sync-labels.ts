/** Plain-French wording of the sync state, shared by the home and settings pages. */
const relative = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' });

export function lastSyncLabel(lastSyncedAt: string | null | undefined, now = Date.now()): string {
	if (!lastSyncedAt) return 'Jamais synchronisé sur cet appareil';
	const minutes = Math.round((Date.parse(lastSyncedAt) - now) / 60_000);
	if (Math.abs(minutes) < 1) return 'Dernière synchronisation : à l’instant';
	if (Math.abs(minutes) < 60)
		return `Dernière synchronisation : ${relative.format(minutes, 'minute')}`;
	const hours = Math.round(minutes / 60);
	if (Math.abs(hours) < 24) return `Dernière synchronisation : ${relative.format(hours, 'hour')}`;
	return `Dernière synchronisation : ${relative.format(Math.round(hours / 24), 'day')}`;
}

export function pendingLabel(pending: number): string {
	if (pending === 0) return 'Tout est sauvegardé sur le serveur';
	if (pending === 1) return '1 modification pas encore envoyée';
	return `${pending} modifications pas encore envoyées`;
}

const STATUS: Record<string, string> = {
	idle: 'À jour',
	syncing: 'Synchronisation…',
	'paused-offline': 'Hors ligne',
	error: 'Erreur',
	unauthorized: 'Reconnexion nécessaire'
};

export function statusLabel(status: string): string {
	return STATUS[status] ?? status;
}
