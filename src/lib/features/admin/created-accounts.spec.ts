import { describe, expect, it } from 'vitest';
import { accountsCsv, accountsPrintPage, accountsText } from './created-accounts.ts';

const accounts = [
	{ displayName: 'Zoé Durand', username: 'zoe.durand', password: 'abc-def', detail: 'ligne 2' },
	{ displayName: 'Ana "la" <b>', username: 'ana.x', password: 'p;q' }
];

describe('created accounts hand-over', () => {
	it('copies as tab-separated text and CSV with quoting', () => {
		expect(accountsText(accounts).split('\n')[1]).toBe('Zoé Durand\tzoe.durand\tabc-def');
		expect(accountsCsv(accounts).split('\r\n')[2]).toBe('"Ana ""la"" <b>";ana.x;"p;q";');
	});

	it('prints one escaped slip per person', () => {
		const page = accountsPrintPage('SIO1 A', accounts, 'https://carnet.exemple.fr');
		expect(page.match(/<section>/g)).toHaveLength(2);
		expect(page).toContain('Ana &quot;la&quot; &lt;b&gt;');
		expect(page).not.toContain('<b>"');
	});
});

describe('suggestUsername', () => {
	it('drops accents, spaces and punctuation', async () => {
		const { suggestUsername } = await import('./username.ts');
		expect(suggestUsername('Hélène Le Gall-Cœur')).toBe('helene.le.gall.coeur');
		expect(suggestUsername('  Zoé  ')).toBe('zoe');
	});
});
