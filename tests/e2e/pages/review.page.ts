import type { Page } from 'playwright-core';
import { drawSignature } from './tutor.page.ts';

/** A review page (student, teacher or tutor): the author's form and the signatures panel. */
export class ReviewPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	/** From a stage or student page: the schedule form, then the new review's page. */
	async schedule(time: string, beforeSubmit?: () => Promise<void>): Promise<void> {
		await this.page.getByRole('button', { name: 'Programmer un bilan' }).click();
		await this.page.getByLabel('Heure (facultatif)').fill(time);
		await beforeSubmit?.();
		await this.page.getByRole('button', { name: 'Programmer le bilan' }).click();
		await this.page.getByRole('heading', { name: /^Bilan du / }).waitFor();
	}

	async saved(): Promise<void> {
		await this.page.getByTestId('review-save').getByText('Enregistré sur cet appareil').waitFor();
	}

	async write(notes: string, objective: string, competence: RegExp): Promise<void> {
		await this.page.getByLabel('Ce qui a été dit').fill(notes);
		await this.page.getByRole('button', { name: 'Ajouter un objectif' }).click();
		await this.page.getByLabel('Objectif 1', { exact: true }).fill(objective);
		await this.page.getByRole('checkbox', { name: competence }).check();
		await this.page.getByRole('radio', { name: 'Tenu' }).check();
		await this.saved();
	}

	async sign(comment = ''): Promise<void> {
		await this.page.getByRole('button', { name: 'Signer le bilan' }).click();
		await this.drawAndValidate(comment);
	}

	/** The signing form is open: draws, comments and validates. */
	async drawAndValidate(comment = ''): Promise<void> {
		await drawSignature(this.page);
		if (comment) await this.page.getByLabel('Commentaire (facultatif)').fill(comment);
		await this.page.getByRole('button', { name: 'Valider ma signature' }).click();
	}

	signer(role: 'tutor' | 'teacher') {
		return this.page.getByTestId(`signer-${role}`);
	}
}
