import type { Locator, Page } from 'playwright-core';

/** The teacher's dashboard and a student's journal, as a teacher sees them. */
export class TeacherPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async signIn(baseUrl: string): Promise<void> {
		await this.page.goto(`${baseUrl}/connexion`);
		await this.page.getByLabel('Identifiant').fill('prof.demo');
		await this.page.getByLabel('Mot de passe').fill('demo-carnet');
		await this.page.getByRole('button', { name: 'Se connecter' }).click();
		await this.page.getByRole('heading', { name: 'Tableau de bord de la classe' }).waitFor();
	}

	/** The visible row (table on a laptop, card on a phone) of a student. */
	student(name: string): Locator {
		return this.page.locator(`[data-student="${name}"]`).filter({ visible: true });
	}

	/** `data-state` of a student's n-th stage week (1-based). */
	async cellState(name: string, week: number): Promise<string | null> {
		const cell = this.student(name).locator(`[data-week="${week}"] [data-state]`);
		await cell.waitFor();
		return cell.getAttribute('data-state');
	}

	async waitForCell(name: string, week: number, state: string): Promise<void> {
		await this.student(name).locator(`[data-week="${week}"] [data-state="${state}"]`).waitFor();
	}

	attention(): Locator {
		return this.page.getByTestId('attention');
	}

	weekPanel(weekId: string): Locator {
		return this.page.locator(`section[id="${weekId}"]`);
	}

	async comment(weekId: string, text: string): Promise<void> {
		const panel = this.weekPanel(weekId);
		await panel.getByText('Commenter', { exact: true }).click();
		await panel.getByLabel('Votre commentaire').fill(text);
		await panel.getByRole('button', { name: 'Publier le commentaire' }).click();
		await this.page.getByRole('status').getByText('Commentaire publié.').waitFor();
	}
}
