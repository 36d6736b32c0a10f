/**
 * The one-time passwords of accounts just created, as the admin hands them over: a tab-separated
 * text to paste, a CSV to keep, and a printable page. They are never stored: once this screen is
 * left, only a new password (a new account) can be given.
 */
export interface HandedAccount {
	displayName: string;
	username: string;
	password: string;
	detail?: string;
}

function csvCell(value: string): string {
	return /[";\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function accountsText(accounts: HandedAccount[]): string {
	const lines = accounts.map((a) => [a.displayName, a.username, a.password].join('\t'));
	return ['Nom\tIdentifiant\tMot de passe provisoire', ...lines].join('\n');
}

export function accountsCsv(accounts: HandedAccount[]): string {
	const lines = accounts.map((a) =>
		[a.displayName, a.username, a.password, a.detail ?? ''].map(csvCell).join(';')
	);
	return ['nom;identifiant;mot de passe provisoire;précision', ...lines].join('\r\n');
}

function escapeHtml(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** A standalone page with one slip per person, to print and cut. */
export function accountsPrintPage(
	title: string,
	accounts: HandedAccount[],
	origin: string
): string {
	const slips = accounts
		.map(
			(a) => `<section><h2>${escapeHtml(a.displayName)}</h2>
<p>Adresse : <b>${escapeHtml(origin)}</b></p>
<p>Identifiant : <b>${escapeHtml(a.username)}</b></p>
<p>Mot de passe provisoire : <b>${escapeHtml(a.password)}</b></p></section>`
		)
		.join('\n');
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1cm}section{border:1px dashed #555;padding:.4cm;margin-bottom:.4cm;break-inside:avoid}h2{margin:0 0 .2cm;font-size:14pt}p{margin:.1cm 0;font-size:12pt}</style>
</head><body><h1 style="font-size:16pt">${escapeHtml(title)}</h1>${slips}</body></html>`;
}
