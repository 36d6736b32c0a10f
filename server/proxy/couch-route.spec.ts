import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/respond.ts';
import { classifyCouchRoute } from './couch-route.ts';

const db = 'journal_abc123';

function status(method: string, path: string): number {
	try {
		classifyCouchRoute(method, path);
		return 0;
	} catch (error) {
		return (error as HttpError).status;
	}
}

describe('classifyCouchRoute', () => {
	it('allows the replication routes and rebuilds the forwarded path', () => {
		expect(classifyCouchRoute('GET', `/${db}`)).toMatchObject({
			kind: 'db-info',
			write: false,
			path: `/${db}`
		});
		expect(classifyCouchRoute('GET', `/${db}/`)).toMatchObject({ kind: 'db-info' });
		expect(classifyCouchRoute('POST', `/${db}/_bulk_docs`)).toMatchObject({
			kind: 'bulk-docs',
			write: true
		});
		expect(classifyCouchRoute('POST', `/${db}/_bulk_get`)).toMatchObject({
			kind: 'bulk-get',
			write: false
		});
		expect(classifyCouchRoute('POST', `/${db}/_revs_diff`).kind).toBe('revs-diff');
		expect(classifyCouchRoute('GET', `/${db}/_changes`).kind).toBe('changes');
		expect(classifyCouchRoute('POST', `/${db}/_all_docs`).kind).toBe('all-docs');
		expect(classifyCouchRoute('PUT', `/${db}/_local/abc.def_1`)).toMatchObject({
			kind: 'local',
			path: `/${db}/_local/abc.def_1`
		});
		expect(classifyCouchRoute('PUT', `/${db}/entry%3A2026-06-02%3Aabcdefghij`)).toMatchObject({
			kind: 'doc',
			write: true,
			docId: 'entry:2026-06-02:abcdefghij',
			path: `/${db}/entry%3A2026-06-02%3Aabcdefghij`
		});
		expect(classifyCouchRoute('PUT', `/${db}/photo:2026-06-02:abcdefghij/image.jpg`)).toMatchObject(
			{ kind: 'attachment', attachment: 'image.jpg', write: true }
		);
		expect(classifyCouchRoute('GET', `/${db}/_design/carnet/_view/by_type`).kind).toBe(
			'design-read'
		);
	});

	it('refuses everything else with 403', () => {
		for (const [method, path] of [
			['GET', '/_all_dbs'],
			['GET', '/_config'],
			['GET', '/_users'],
			['PUT', `/${db}`],
			['DELETE', `/${db}`],
			['POST', `/${db}`],
			['PUT', `/${db}/_security`],
			['POST', `/${db}/_find`],
			['POST', `/${db}/_index`],
			['POST', `/${db}/_purge`],
			['PUT', `/${db}/_design/carnet`],
			['GET', `/${db}/_design/other`],
			['GET', `/${db}/_bulk_docs`],
			['DELETE', `/${db}/photo:2026-06-02:abcdefghij/image.jpg`],
			['COPY', `/${db}/profile`],
			['GET', '/']
		]) {
			expect(status(method!, path!), `${method} ${path}`).toBe(403);
		}
	});

	it('refuses path tricks with 400 and unknown database names with 404', () => {
		for (const path of [
			`/${db}/..`,
			`/${db}/%2e%2e`,
			`/${db}%2F..%2Fjournal_other`,
			`/${db}/a%2Fb`,
			`/${db}/%252F`,
			`/${db}/a%5Cb`,
			`/${db}/profile%00`,
			`/${db}/%E0%A4%A`,
			`/${db}/profile/image.jpg/x`,
			`/${db}/_local/a%2Fb`,
			`/${db}/_design%2Fcarnet`
		]) {
			expect(status('GET', path), path).toBe(400);
		}
		expect(status('GET', '/JOURNAL_x')).toBe(404);
		expect(status('GET', '/carnet_accounts')).toBe(404);
	});
});
