/**
 * The tutor's link page names all of its code in its HTML, so that a slow phone fetches it in
 * one wave: every JavaScript file the page's node imports statically, however deep, is in
 * `tuteur.html`'s preload list. (SvelteKit alone may leave one out: src/lib/server/static-imports.ts.)
 * Reads the build under test (`BUILD_DIR`, `KIT_OUT_DIR`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const buildDir = process.env.BUILD_DIR ?? 'build';
const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

type Manifest = Record<string, { file: string; imports?: string[] }>;

describe('tuteur.html', () => {
	it('preloads every file its page imports statically', () => {
		const html = readFileSync(`${buildDir}/tuteur.html`, 'utf8');
		const list = JSON.parse(/(\["\.\/_app[^\]]*\])\.forEach/.exec(html)?.[1] ?? '[]') as string[];
		const manifest = JSON.parse(
			readFileSync(`${outDir}/output/client/.vite/manifest.json`, 'utf8')
		) as Manifest;
		// SvelteKit always lists the layout's and the page's nodes; what they import must follow.
		const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
		const nodes = list
			.map((path) => path.replace(/^\.\//, ''))
			.filter((file) => file.includes('/nodes/'));
		expect(nodes).toHaveLength(2);
		const needed = new Set<string>();
		const walk = (key: string) => {
			const chunk = manifest[key];
			if (!chunk || needed.has(chunk.file)) return;
			needed.add(chunk.file);
			chunk.imports?.forEach(walk);
		};
		nodes.forEach((file) => walk(keyOfFile.get(file) ?? ''));
		const listed = new Set(list.map((path) => path.replace(/^\.\//, '')));
		expect([...needed].filter((file) => !listed.has(file))).toEqual([]);
		expect(needed.size).toBeGreaterThanOrEqual(4);
	});
});
