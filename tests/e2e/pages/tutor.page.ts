import type { Page } from 'playwright-core';

/** The tutor's phone pages: the list of weeks to sign and one week with its two actions. */
export class TutorPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async openLink(url: string): Promise<void> {
		await this.page.goto(url);
	}

	async openWeek(name: RegExp): Promise<void> {
		await this.page.getByRole('link', { name }).click();
		await this.page.getByTestId('entry').first().waitFor();
	}

	/** Signs with a stroke of the mouse on the pad (pointer events, as a finger would). */
	async sign(comment = ''): Promise<void> {
		await this.page.getByRole('button', { name: 'Signer la semaine' }).click();
		await drawSignature(this.page);
		if (comment) await this.page.getByLabel('Commentaire (facultatif)').fill(comment);
		await this.page.getByRole('button', { name: 'Valider ma signature' }).click();
	}
}

/** A stroke of the mouse on the signature pad (pointer events, as a finger would). */
export async function drawSignature(page: Page): Promise<void> {
	const pad = page.getByTestId('signature-pad');
	// Centred: a fixed bottom navigation (the teacher's) may cover the bottom of the viewport.
	await pad.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const box = await pad.boundingBox();
	if (!box) throw new Error('signature pad not visible');
	const mouse = page.mouse;
	await mouse.move(box.x + 20, box.y + box.height * 0.7);
	await mouse.down();
	for (let i = 1; i <= 12; i++) {
		await mouse.move(box.x + 20 + i * 20, box.y + box.height * (0.7 - 0.4 * Math.sin(i / 2)));
	}
	await mouse.up();
}
