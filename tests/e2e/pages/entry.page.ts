import type { Page } from 'playwright-core';

/** The entry editor reached from « Écrire ma journée ». */
export class EntryPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	text() {
		return this.page.getByLabel('Qu’avez-vous fait aujourd’hui ?');
	}

	async openToday(): Promise<void> {
		await this.page.getByRole('link', { name: 'Écrire ma journée' }).click();
		await this.text().waitFor();
	}

	/** Waits until the draft of the last keystroke is stored on the device. */
	async waitSaved(): Promise<void> {
		await this.page.locator('[data-save-state="saved"]').waitFor();
	}

	/** Leaves the editor's debounce behind: the draft is folded into the journal. */
	async flushed(): Promise<void> {
		await this.waitSaved();
		await this.page.waitForTimeout(2000);
	}

	async type(text: string): Promise<void> {
		await this.text().click();
		await this.text().pressSequentially(text);
		await this.waitSaved();
	}

	async chooseTime(label: string): Promise<void> {
		await this.page.getByRole('button', { name: label, exact: true }).click();
	}

	async toggleActivity(id: string): Promise<void> {
		const list = this.page.getByRole('button', {
			name: /Choisir des activités|Ajouter une activité/
		});
		if (await list.isVisible()) await list.click();
		await this.page
			.getByRole('button', { name: new RegExp(`^${id.replace('.', '\\.')} `) })
			.first()
			.click();
	}

	async addTool(tool: string): Promise<void> {
		await this.page.getByLabel('Ajouter un outil').fill(tool);
		await this.page.getByLabel('Ajouter un outil').press('Enter');
	}

	async attachFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.page.getByTestId('photo-files').setInputFiles(file);
	}

	/** Resolves once `count` thumbnails are shown. */
	async waitPhotos(count: number): Promise<void> {
		await this.page
			.getByRole('list', { name: 'Photos de la journée' })
			.getByRole('img')
			.nth(count - 1)
			.waitFor({ timeout: 60_000 });
	}
}
