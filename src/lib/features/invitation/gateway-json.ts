/**
 * JSON calls to the gateway's `/api/*` for the invitation and tutor flows: same-origin cookie,
 * CSRF header on writes, French `ApiError` on failure (network included).
 */
import { getSession } from '$lib/data/session.repository';
import { errorFromResponse, networkError } from '$lib/sync/errors';

export async function gatewayJson<T>(
	path: string,
	init: { method?: string; body?: unknown; csrf?: boolean } = {}
): Promise<T> {
	const method = init.method ?? 'GET';
	const headers = new Headers({ Accept: 'application/json' });
	if (init.body !== undefined) headers.set('Content-Type', 'application/json');
	if (method !== 'GET' && init.csrf !== false) {
		const token = (await getSession())?.csrfToken;
		if (token) headers.set('X-CSRF-Token', token);
	}
	let response: Response;
	try {
		response = await fetch(path, {
			method,
			headers,
			credentials: 'same-origin',
			body: init.body === undefined ? undefined : JSON.stringify(init.body)
		});
	} catch {
		throw networkError();
	}
	if (!response.ok) throw await errorFromResponse(response);
	return (await response.json()) as T;
}
