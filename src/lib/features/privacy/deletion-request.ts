/**
 * The student's request to delete all their data (`POST`/`DELETE /api/me/deletion-request`,
 * docs/api.md). The school's admin confirms it; the app offers the export first, and telling the
 * gateway the export was offered (`recordExportOffered`) is part of that step.
 */
import { errorFromResponse } from '$lib/sync/errors.ts';
import { currentUser } from '$lib/features/session/current-user.svelte.ts';

const OFFLINE =
	'Pas de connexion au serveur : la demande n’a pas été envoyée. Réessayez une fois connecté·e.';

async function send(method: 'POST' | 'DELETE'): Promise<string | null> {
	const session = currentUser.session;
	if (!session) throw new Error('Connectez-vous d’abord.');
	let response: Response;
	try {
		response = await fetch('/api/me/deletion-request', {
			method,
			credentials: 'same-origin',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json',
				'X-CSRF-Token': session.csrfToken
			},
			body: '{}'
		});
	} catch {
		throw new Error(OFFLINE);
	}
	if (!response.ok) throw await errorFromResponse(response);
	const body = (await response.json()) as { deletionRequestedAt: string | null };
	// The cached session follows at once; the next refresh of /api/me confirms it.
	const current = currentUser.session;
	if (current) {
		const { deletionRequestedAt: _previous, ...rest } = current.lifecycle ?? {};
		currentUser.set({
			...current,
			lifecycle: body.deletionRequestedAt
				? { ...rest, deletionRequestedAt: body.deletionRequestedAt }
				: rest
		});
	}
	return body.deletionRequestedAt;
}

/** Throws an `Error` with a French message (offline, refused). */
export function requestDeletion(): Promise<string | null> {
	return send('POST');
}

export function withdrawDeletionRequest(): Promise<string | null> {
	return send('DELETE');
}
