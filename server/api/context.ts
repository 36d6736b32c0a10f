/** What every route handler gets: the services of the gateway and the caller, if logged in. */
import type { AccessRules } from '../accounts/access.ts';
import type { UserDoc } from '../accounts/account-types.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { LoginRateLimiter } from '../auth/rate-limit.ts';
import type { SessionDoc, SessionStore } from '../auth/sessions.ts';
import type { CouchBackend } from '../couch/backend.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { SettingsStore } from '../lifecycle/settings.ts';

export interface Services {
	couch: CouchBackend;
	accounts: AccountsRepository;
	sessions: SessionStore;
	access: AccessRules;
	rateLimiter: LoginRateLimiter;
	secureCookies: boolean;
	/** Longest wait of one `_changes` request through the proxy (proxy/changes-feed.ts). */
	changesMaxWaitMs: number;
	/** Append-only audit trail (server/audit). */
	audit: AuditLog;
	/** School lifecycle settings: tutor access days, purge delay (server/lifecycle). */
	settings: SettingsStore;
}

export interface Caller {
	token: string;
	session: SessionDoc;
	user: UserDoc;
}

export const SESSION_COOKIE = 'carnet_session';
