/**
 * Parses the student list an admin imports (CSV exported from a spreadsheet). Header line
 * required, `;` or `,` separated, columns in any order: `nom`, `prénom`, `option`, `année`,
 * optional `identifiant` (made from prénom.nom otherwise). Each bad line yields a French error
 * naming the line; good lines are kept (nothing valid is lost because of one typo).
 */
export interface StudentRow {
	line: number;
	lastName: string;
	firstName: string;
	username: string;
	option: 'SISR' | 'SLAM';
	trainingYear: 1 | 2;
}

export interface LineError {
	line: number;
	message: string;
}

const COLUMNS = {
	nom: 'lastName',
	prenom: 'firstName',
	identifiant: 'username',
	option: 'option',
	annee: 'trainingYear'
} as const;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

function plain(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();
}

export function usernameFor(firstName: string, lastName: string): string {
	const part = (text: string) =>
		plain(text)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
	return `${part(firstName)}.${part(lastName)}`.slice(0, 63);
}

function splitLine(line: string, separator: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted && char === '"' && line[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (char === separator && !quoted) {
			cells.push(cell.trim());
			cell = '';
		} else cell += char;
	}
	cells.push(cell.trim());
	return cells;
}

export function parseStudentCsv(text: string): { rows: StudentRow[]; errors: LineError[] } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const header = lines[0] ?? '';
	const separator = header.includes(';') ? ';' : ',';
	const names = splitLine(header, separator).map(plain);
	const index = new Map<string, number>();
	names.forEach((name, i) => {
		if (name in COLUMNS) index.set(COLUMNS[name as keyof typeof COLUMNS], i);
	});
	const missing = ['nom', 'prénom', 'option', 'année'].filter(
		(name) => !index.has(COLUMNS[plain(name) as keyof typeof COLUMNS])
	);
	if (missing.length > 0) {
		return {
			rows: [],
			errors: [{ line: 1, message: `Ligne 1 : colonne(s) manquante(s) : ${missing.join(', ')}.` }]
		};
	}
	const rows: StudentRow[] = [];
	const errors: LineError[] = [];
	const seen = new Set<string>();
	lines.slice(1).forEach((text, offset) => {
		const line = offset + 2;
		if (text.trim() === '') return;
		const cells = splitLine(text, separator);
		const get = (key: string) => cells[index.get(key) ?? -1]?.trim() ?? '';
		const fail = (message: string) => errors.push({ line, message: `Ligne ${line} : ${message}` });
		const lastName = get('lastName');
		const firstName = get('firstName');
		const option = get('option').toUpperCase();
		const year = get('trainingYear').replace(/\D/g, '');
		const username = get('username').toLowerCase() || usernameFor(firstName, lastName);
		if (!lastName || !firstName) return fail('le nom et le prénom sont obligatoires.');
		if (lastName.length > 100 || firstName.length > 100)
			return fail('nom ou prénom trop long (100 caractères au maximum).');
		if (option !== 'SISR' && option !== 'SLAM') return fail('l’option doit être SISR ou SLAM.');
		if (year !== '1' && year !== '2') return fail('l’année doit être 1 ou 2.');
		if (!USERNAME.test(username))
			return fail(
				`identifiant « ${username} » invalide (lettres minuscules, chiffres, « . », « - », « _ »).`
			);
		if (seen.has(username)) return fail(`identifiant « ${username} » en double dans le fichier.`);
		seen.add(username);
		rows.push({ line, lastName, firstName, username, option, trainingYear: year === '1' ? 1 : 2 });
	});
	return { rows, errors };
}
