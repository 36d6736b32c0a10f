import { describe, expect, it } from 'vitest';
import { AdminAction } from './admin-action.svelte';

describe('AdminAction', () => {
	it('shows what was done, and is not busy once done', async () => {
		const action = new AdminAction();
		const running = action.run(async () => 'Classe archivée.');
		expect(action.busy).toBe(true);
		expect(await running).toBe(true);
		expect(action).toMatchObject({ busy: false, done: 'Classe archivée.', error: '' });
	});

	it('shows the French reason of a failure and clears the last success', async () => {
		const action = new AdminAction();
		await action.run(async () => 'Fait.');
		const ok = await action.run(async () => {
			throw new Error('Le serveur est injoignable.');
		});
		expect(ok).toBe(false);
		expect(action.done).toBe('');
		expect(action.error).not.toBe('');
		expect(action.busy).toBe(false);
	});
});
