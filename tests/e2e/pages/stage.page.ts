import type { Page } from 'playwright-core';

export interface StageFields {
	organisation: string;
	tutorName: string;
	tutorRole?: string;
	tutorEmail?: string;
	startDate: string;
	endDate: string;
	trainingYear?: '1' | '2';
	objectives?: string;
}

export class StagePage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async openNew(baseUrl: string): Promise<void> {
		await this.page.goto(`${baseUrl}/stages/nouveau`);
		await this.page.getByRole('heading', { name: 'Nouveau stage' }).waitFor();
	}

	async fill(fields: StageFields): Promise<void> {
		const p = this.page;
		await p.getByLabel('Nom de l’organisation').fill(fields.organisation);
		await p.getByLabel('Nom', { exact: true }).fill(fields.tutorName);
		if (fields.tutorRole) await p.getByLabel('Fonction (facultatif)').fill(fields.tutorRole);
		if (fields.tutorEmail !== undefined)
			await p.getByLabel('E-mail (facultatif)').fill(fields.tutorEmail);
		await p.getByLabel('Début').fill(fields.startDate);
		await p.getByLabel('Fin').fill(fields.endDate);
		await p.getByLabel('Année de formation').selectOption(fields.trainingYear ?? '2');
		if (fields.objectives)
			await p.getByLabel('Objectifs du stage (facultatif)').fill(fields.objectives);
	}

	async save(): Promise<void> {
		await this.page.getByRole('button', { name: 'Enregistrer le stage' }).click();
	}
}
