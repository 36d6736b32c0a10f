import { describe, expect, it } from 'vitest';
import { cleanDetails } from './audit-log.ts';

describe('audit details', () => {
	it('keep ids, dates, kinds, numbers and booleans', () => {
		const details = {
			docId: 'visa:week:2026-06-01:abcdefghij:2026-06-05T16:00:00.000Z:klmnopqrst',
			kind: 'pdf',
			students: 3,
			ok: true,
			none: null
		};
		expect(cleanDetails(details)).toEqual(details);
	});

	it('drop anything that could carry a name or some content', () => {
		expect(
			cleanDetails({
				name: 'Léa Martin',
				text: 'Installation DHCP',
				long: 'a'.repeat(81),
				id: 'ok'
			})
		).toEqual({ id: 'ok' });
	});
});
