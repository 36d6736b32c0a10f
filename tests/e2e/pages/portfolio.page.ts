import type { Locator, Page } from 'playwright-core';

/** The student's portfolio (`/portfolio`) and one achievement's editor (`/portfolio/[id]`). */
export class PortfolioPage {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(baseUrl: string): Promise<void> {
		await this.page.goto(`${baseUrl}/portfolio`);
		await this.page.getByTestId('portfolio-coverage').waitFor();
	}

	/** `data-mobilised` of each bloc 1 competence, in order. */
	async mobilised(): Promise<Record<string, boolean>> {
		const items = this.page.getByTestId('portfolio-coverage').locator('[data-competence]');
		const out: Record<string, boolean> = {};
		for (const item of await items.all()) {
			out[(await item.getAttribute('data-competence')) ?? ''] =
				(await item.getAttribute('data-mobilised')) === 'true';
		}
		return out;
	}

	card(title: string): Locator {
		return this.page.getByTestId('achievement-card').filter({ hasText: title });
	}

	/** Waits for the editor's last change to be folded into the journal (debounce passed). */
	async flushed(): Promise<void> {
		await this.page.locator('[data-save-state="saved"]').waitFor();
		await this.page.waitForTimeout(2000);
	}

	async tick(competenceId: string): Promise<void> {
		await this.page.locator(`input[data-competence-id="${competenceId}"]`).check();
	}
}
