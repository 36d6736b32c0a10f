/** The audit trail's actions (docs/api.md « Audit trail ») in French, for the notice and the admin. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
	signed: 'signature d’un visa ou d’un document',
	exported: 'export d’un carnet',
	promoted: 'passage d’une classe en 2e année',
	archived: 'archivage d’une classe',
	purged: 'purge des carnets d’une classe',
	deleted: 'suppression des données d’un·e élève',
	'deletion-requested': 'demande de suppression',
	'export-offered': 'export proposé avant la purge',
	'invitation-created': 'création d’un lien tuteur',
	'invitation-revoked': 'révocation d’un lien tuteur',
	'settings-changed': 'modification des réglages'
};

export function auditActionLabel(action: string): string {
	return AUDIT_ACTION_LABELS[action] ?? action;
}

export const ROLE_LABELS: Readonly<Record<string, string>> = {
	student: 'Élève',
	tutor: 'Tuteur·rice',
	teacher: 'Enseignant·e',
	admin: 'Administration',
	system: 'Système'
};

export function roleLabel(role: string): string {
	return ROLE_LABELS[role] ?? role;
}
