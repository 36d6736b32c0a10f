/**
 * A teacher's validation must name the achievement as it is stored now: the gateway reads the
 * achievement back from CouchDB and recomputes its content digest with the shared
 * `achievementDigest`, so a validation can never claim content the teacher did not see, nor
 * validate an achievement that does not exist or was deleted.
 */
import { achievementDigest } from '../../src/lib/domain/portfolio/achievement-digest.ts';
import { achievementSchema } from '../../src/lib/domain/schemas/achievement.schema.ts';
import type { CouchBackend } from '../couch/backend.ts';
import { HttpError } from '../http/respond.ts';
import { couchFetch } from '../proxy/forward.ts';
import type { Refusal } from '../proxy/write-guard.ts';

type Doc = Record<string, unknown>;

export async function checkValidation(
	couch: CouchBackend,
	db: string,
	validation: Doc
): Promise<Refusal | null> {
	const id = String(validation.achievementId);
	const response = await couchFetch(couch, 'GET', `/${db}/${encodeURIComponent(id)}`);
	if (response.status === 404) return { status: 403, reason: 'Réalisation introuvable.' };
	if (!response.ok) throw new HttpError(502, 'Base de données indisponible.');
	const parsed = achievementSchema.safeParse(await response.json());
	if (!parsed.success || parsed.data.deleted) {
		return { status: 403, reason: 'Réalisation introuvable.' };
	}
	if ((await achievementDigest(parsed.data)) !== validation.digest) {
		return {
			status: 403,
			reason: 'La réalisation a changé depuis votre lecture : rechargez-la avant de la valider.'
		};
	}
	return null;
}
