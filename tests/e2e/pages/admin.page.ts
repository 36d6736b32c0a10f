import type { Locator, Page } from 'playwright-core';

/** The school admin's screens (/admin). */
export class AdminPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	/** Signs in as the demo admin: the app lands on /admin. */
	async signIn(baseUrl: string, username = 'admin.demo'): Promise<void> {
		await this.page.goto(`${baseUrl}/connexion`);
		await this.page.getByLabel('Identifiant').fill(username);
		await this.page.getByLabel('Mot de passe').fill('demo-carnet');
		await this.page.getByRole('button', { name: 'Se connecter' }).click();
		await this.page.getByRole('heading', { name: 'Classes', exact: true }).waitFor();
	}

	nav(label: string): Locator {
		return this.page.getByRole('navigation', { name: 'Administration' }).getByRole('link', {
			name: label
		});
	}

	classLink(name: string): Locator {
		return this.page.getByTestId('class-list').getByRole('link', { name: new RegExp(name) });
	}

	async createClass(name: string, year: '1re année' | '2e année' = '1re année'): Promise<void> {
		await this.page.getByLabel('Nom de la classe').fill(name);
		await this.page.getByLabel('Année').selectOption({ label: year });
		await this.page.getByRole('button', { name: 'Créer la classe' }).click();
		await this.classLink(name).waitFor();
	}

	/** Imports `csv` pasted in the box, or picked as a file (read into the box). */
	async importCsv(csv: string, via: 'paste' | 'file' = 'paste'): Promise<void> {
		const box = this.page.getByLabel('ou contenu collé');
		if (via === 'file') {
			await this.page.locator('#csv-file').setInputFiles({
				name: 'eleves.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(csv, 'utf8')
			});
			await this.page.getByText('eleves.csv').waitFor();
			if ((await box.inputValue()) !== csv) throw new Error('the file was not read into the box');
		} else {
			await box.fill(csv);
		}
		await this.page.getByRole('button', { name: 'Importer', exact: true }).click();
		await this.page
			.getByTestId('created-accounts')
			.or(this.page.getByTestId('import-errors'))
			.first()
			.waitFor();
	}

	/** [displayName, username, password] of every account shown once after an import. */
	async createdAccounts(): Promise<string[][]> {
		return this.page
			.getByTestId('created-accounts')
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) =>
					[...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')
				)
			);
	}

	auditList(): Locator {
		return this.page.getByTestId('audit-list');
	}
}
