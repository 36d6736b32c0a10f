/**
 * Errors of the gateway and the network, each with a French message the UI shows as is.
 * The kind lets callers react (offer to sign in again, wait, retry) without parsing text.
 */
export type ApiErrorKind =
	'network' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'server' | 'invalid' | 'unsynced';

export const MESSAGES = {
	network:
		'Pas de connexion au serveur. Vos saisies restent sur ce téléphone et partiront dès que le réseau reviendra.',
	unauthorized: 'Votre session a expiré. Reconnectez-vous : ce que vous avez écrit est conservé.',
	forbidden: "Vous n'avez pas accès à ce carnet.",
	'rate-limited': 'Trop de tentatives. Patientez une minute puis réessayez.',
	server: 'Le serveur rencontre un problème. Réessayez dans quelques minutes.',
	invalid: 'Réponse inattendue du serveur. Réessayez plus tard.'
} as const;

export class ApiError extends Error {
	readonly kind: ApiErrorKind;
	readonly status: number | undefined;

	constructor(kind: ApiErrorKind, message: string, status?: number) {
		super(message);
		this.name = 'ApiError';
		this.kind = kind;
		this.status = status;
	}
}

export function kindOfStatus(status: number): Exclude<ApiErrorKind, 'network' | 'unsynced'> {
	if (status === 401) return 'unauthorized';
	if (status === 403) return 'forbidden';
	if (status === 429) return 'rate-limited';
	if (status >= 500) return 'server';
	return 'invalid';
}

/** Builds the error for a non-2xx answer, preferring the gateway's own French message. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
	const kind = kindOfStatus(response.status);
	let serverMessage: string | undefined;
	try {
		const body = (await response.json()) as { error?: unknown };
		if (typeof body.error === 'string' && body.error.trim()) serverMessage = body.error;
	} catch {
		// No JSON body: the generic message is enough.
	}
	// 5xx texts may be technical; only 4xx answers of the gateway are written for users.
	const useServer = serverMessage !== undefined && response.status < 500;
	return new ApiError(kind, useServer ? serverMessage! : MESSAGES[kind], response.status);
}

export function networkError(): ApiError {
	return new ApiError('network', MESSAGES.network);
}

export function unsyncedMessage(pending: number): string {
	const what =
		pending === 1
			? "1 modification n'est pas encore synchronisée"
			: `${pending} modifications ne sont pas encore synchronisées`;
	return `${what}. Connectez-vous à Internet et appuyez sur « Synchroniser » avant de vous déconnecter : sinon elles resteraient seulement sur ce téléphone.`;
}

export function refusedMessage(count: number): string {
	const what =
		count === 1
			? '1 document a été refusé par le serveur'
			: `${count} documents ont été refusés par le serveur`;
	return `${what} : ${count === 1 ? 'il reste' : 'ils restent'} sur ce téléphone. Corrigez-le${count === 1 ? '' : 's'} ou contactez votre enseignant·e.`;
}
