/**
 * What the signer fills in for a visa. Apart from `write-visa.ts` (which loads the schemas and
 * the replica) so that the week page's forms and cards load with its first screen.
 */
import type { Visa } from '$lib/domain/schemas';

export const CRITERIA = [
	{ key: 'ponctualite', label: 'Ponctualité' },
	{ key: 'autonomie', label: 'Autonomie' },
	{ key: 'qualite_travail', label: 'Qualité du travail' }
] as const;

export const CRITERIA_LEVELS = ['Insuffisant', 'Satisfaisant', 'Bien', 'Très bien'] as const;

export interface VisaInput {
	decision: Visa['decision'];
	signerName: string;
	comment: string;
	/** PNG data URL, when signed. */
	signature?: string;
	/** Criterion key → level 1–4 (as text); empty ones are left out. */
	criteria?: Record<string, string>;
}
