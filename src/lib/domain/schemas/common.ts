/**
 * Building blocks shared by every document schema. Importing this module switches zod's default
 * messages to French (`z.config(z.locales.fr())`): the app only speaks French to its users, and
 * setting it here guarantees any schema of the domain reports French errors, in the browser and
 * in the gateway alike. Messages written on a schema always win over the locale.
 */
import { z } from 'zod';

z.config(z.locales.fr());

export { z };

/** Random suffix of ids: 10 characters of lowercase RFC 4648 base32. */
export const RAND_PATTERN = '[a-z2-7]{10}';
export const DATE_PATTERN = '\\d{4}-\\d{2}-\\d{2}';
export const INSTANT_PATTERN = '\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z';

export const isoDate = (message = 'Date invalide (format attendu : AAAA-MM-JJ).') =>
	z.iso.date({ error: message });

export const instant = () =>
	z.iso.datetime({ error: 'Horodatage invalide (ISO 8601 UTC attendu).' });

/** Required free text, trimmed, with a French message on each limit. */
export const requiredText = (label: string, max: number) =>
	z
		.string({ error: `${label} : texte attendu.` })
		.trim()
		.min(1, { error: `${label} : ce champ est obligatoire.` })
		.max(max, { error: `${label} : ${max} caractères au maximum.` });

/** Free text that may be empty (journal fields are filled progressively). */
export const freeText = (label: string, max: number) =>
	z
		.string({ error: `${label} : texte attendu.` })
		.max(max, { error: `${label} : ${max} caractères au maximum.` });

export const idPattern = (source: string, message: string) =>
	z.string().regex(new RegExp(`^${source}$`), { error: message });

/** Fields PouchDB/CouchDB put on every stored document. */
export const couchMeta = {
	_rev: z.string().optional(),
	_deleted: z.boolean().optional()
};

export const schemaVersion = z.literal(1, { error: 'Version de document non prise en charge.' });

export const trainingYear = z.union([z.literal(1), z.literal(2)], {
	error: 'Année de formation : 1 ou 2.'
});

export const option = z.enum(['SISR', 'SLAM'], { error: 'Option : SISR ou SLAM.' });

/** Activity ids of the référentiel: `1.2`, `B2.3`, `A3.5`, sub-activities such as `1.2.1`. */
export const activityId = z
	.string()
	.regex(/^[AB]?\d(\.\d+){1,2}$/, { error: 'Identifiant d’activité du référentiel invalide.' });

/** Ids carried in fields (stageId, entryId…) point at a document of the given type. */
export const stageRef = idPattern(`stage:${DATE_PATTERN}:${RAND_PATTERN}`, 'Stage inconnu.');
export const entryRef = idPattern(`entry:${DATE_PATTERN}:${RAND_PATTERN}`, 'Entrée inconnue.');
export const weekRef = idPattern(`week:${DATE_PATTERN}:${RAND_PATTERN}`, 'Semaine inconnue.');

/** Turns '' (an emptied form field) into undefined so optional fields stay absent. */
export const emptyToUndefined = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;
