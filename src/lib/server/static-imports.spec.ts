import { describe, expect, it } from 'vitest';
import { withStaticImports, type ClientManifest } from './static-imports';

// The shape SvelteKit mishandles: the page's own chunk is also reached, earlier in its walk,
// through a dynamic import of the runtime chunk.
const manifest: ClientManifest = {
	'entry.js': { file: '_app/immutable/entry/start.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_cleanup.js': { file: '_app/immutable/chunks/cleanup.js', imports: ['_tutor.js'] },
	'_tutor.js': { file: '_app/immutable/chunks/tutor.js', imports: ['entry.js', '_dates.js'] },
	'_dates.js': { file: '_app/immutable/chunks/dates.js' },
	'nodes/31.js': { file: '_app/immutable/nodes/31.js', imports: ['entry.js', '_tutor.js'] },
	'app.css': { file: '_app/immutable/assets/0.css' }
};

describe('withStaticImports', () => {
	it('adds what the listed files import statically, after them, once', () => {
		const listed = ['./_app/immutable/entry/start.js', './_app/immutable/nodes/31.js'];
		expect(withStaticImports(listed, manifest)).toEqual([
			...listed,
			'./_app/immutable/chunks/runtime.js',
			'./_app/immutable/chunks/tutor.js',
			'./_app/immutable/chunks/dates.js'
		]);
	});

	it('leaves a complete list as it is', () => {
		const complete = [
			'./_app/immutable/nodes/31.js',
			'./_app/immutable/entry/start.js',
			'./_app/immutable/chunks/runtime.js',
			'./_app/immutable/chunks/tutor.js',
			'./_app/immutable/chunks/dates.js'
		];
		expect(withStaticImports(complete, manifest)).toEqual(complete);
	});
});
