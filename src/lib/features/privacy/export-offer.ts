/**
 * « Exportez vos données avant le JJ/MM/AAAA »: shown to a student whose class is archived with
 * a purge date. Showing it is recorded by the gateway (`POST /api/me/export-offered`): the purge
 * of an archived journal waits until the student was offered the export (docs/api.md).
 */
import type { Session } from '$lib/data/session.repository.ts';

/** `YYYY-MM-DD` → `JJ/MM/AAAA`. */
export function frenchDay(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}

/** The purge date to announce, or null when there is none (class not archived). */
export function exportDeadline(session: Session | null): string | null {
	if (session?.role !== 'student') return null;
	return session.lifecycle?.purgeAfter ?? null;
}

/** Tells the gateway the offer was shown; best effort (offline: told the next time it shows). */
export async function recordExportOffered(csrfToken: string): Promise<boolean> {
	try {
		const response = await fetch('/api/me/export-offered', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json',
				'X-CSRF-Token': csrfToken
			},
			body: '{}'
		});
		await response.body?.cancel();
		return response.ok;
	} catch {
		return false;
	}
}
