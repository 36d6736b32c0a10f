/**
 * School settings of the lifecycle, stored in the accounts database (`settings:lifecycle`) so
 * every gateway instance reads the same values. Cached briefly: read on every tutor request.
 */
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import { DEFAULT_AUDIT_RETENTION_MONTHS } from '../../src/lib/domain/privacy/privacy-config.ts';

export interface LifecycleSettings {
	/** Days after the end of a stage during which its tutor still has access. */
	tutorAccessDays: number;
	/** Journals of an archived class are kept until 31 December of the archive year + this. */
	purgeDelayYears: number;
	/** Events of the audit trail are deleted this many months after they were recorded. */
	auditRetentionMonths: number;
}

export const DEFAULT_SETTINGS: LifecycleSettings = {
	tutorAccessDays: 30,
	purgeDelayYears: 1,
	auditRetentionMonths: DEFAULT_AUDIT_RETENTION_MONTHS
};

const SETTINGS_ID = 'settings:lifecycle';
const CACHE_MS = 15_000;

interface SettingsDoc extends Partial<LifecycleSettings> {
	_id: string;
	_rev?: string;
	type: 'settings';
}

/** Validates a `PUT` body: returns the French error of the first bad field, or the change. */
export function parseSettingsChange(
	body: Record<string, unknown>
): { change: Partial<LifecycleSettings> } | { error: string } {
	const change: Partial<LifecycleSettings> = {};
	if ('tutorAccessDays' in body) {
		const days = body.tutorAccessDays;
		if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > 365)
			return { error: 'Durée d’accès des tuteurs : un nombre de jours entre 0 et 365.' };
		change.tutorAccessDays = days as number;
	}
	if ('purgeDelayYears' in body) {
		const years = body.purgeDelayYears;
		if (!Number.isInteger(years) || (years as number) < 1 || (years as number) > 5)
			return { error: 'Délai de purge : entre 1 et 5 ans.' };
		change.purgeDelayYears = years as number;
	}
	if ('auditRetentionMonths' in body) {
		const months = body.auditRetentionMonths;
		if (!Number.isInteger(months) || (months as number) < 6 || (months as number) > 60)
			return { error: 'Conservation du journal d’audit : entre 6 et 60 mois.' };
		change.auditRetentionMonths = months as number;
	}
	return { change };
}

export class SettingsStore {
	readonly #accounts: AccountsRepository;
	#cached: { at: number; value: LifecycleSettings } | null = null;

	constructor(accounts: AccountsRepository) {
		this.#accounts = accounts;
	}

	async get(): Promise<LifecycleSettings> {
		if (this.#cached && Date.now() - this.#cached.at < CACHE_MS) return this.#cached.value;
		const doc = await this.#accounts.get<SettingsDoc>(SETTINGS_ID);
		const value = {
			tutorAccessDays: doc?.tutorAccessDays ?? DEFAULT_SETTINGS.tutorAccessDays,
			purgeDelayYears: doc?.purgeDelayYears ?? DEFAULT_SETTINGS.purgeDelayYears,
			auditRetentionMonths: doc?.auditRetentionMonths ?? DEFAULT_SETTINGS.auditRetentionMonths
		};
		this.#cached = { at: Date.now(), value };
		return value;
	}

	async update(change: Partial<LifecycleSettings>): Promise<LifecycleSettings> {
		for (let attempt = 0; attempt < 5; attempt++) {
			const current = await this.#accounts.get<SettingsDoc>(SETTINGS_ID);
			const next: SettingsDoc = {
				...(current ?? { _id: SETTINGS_ID, type: 'settings' }),
				...change
			};
			try {
				await this.#accounts.db.insert(next);
				this.#cached = null;
				return this.get();
			} catch (error) {
				if ((error as { statusCode?: number }).statusCode !== 409) throw error;
			}
		}
		throw new Error('settings update kept conflicting');
	}
}
