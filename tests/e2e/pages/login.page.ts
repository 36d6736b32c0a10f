import type { Page } from 'playwright-core';

export class LoginPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async signIn(
		baseUrl: string,
		username = 'lea.martin',
		password = 'demo-carnet',
		expectSuccess = true
	): Promise<void> {
		await this.page.goto(`${baseUrl}/connexion`);
		await this.page.getByLabel('Identifiant').fill(username);
		await this.page.getByLabel('Mot de passe').fill(password);
		await this.page.getByRole('button', { name: 'Se connecter' }).click();
		if (!expectSuccess) return;
		await this.page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
	}
}
