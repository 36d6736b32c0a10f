/**
 * Build time only: a prerendered page's list of code to preload, completed from the client
 * build's Vite manifest. SvelteKit walks a page's imports depth first and, for styles, also the
 * dynamic imports it meets; a file it meets there first is then never listed as code, even when
 * the page imports it statically (`find_deps` in SvelteKit's build). On a slow phone that file
 * then starts a round trip late, after the module that imports it has been parsed.
 */

/** The client build's `.vite/manifest.json`: chunk key → its file and the keys it imports. */
export type ClientManifest = Record<string, { file: string; imports?: string[] }>;

/** `preloads` (`./_app/…` paths) followed by every JavaScript file they import statically. */
export function withStaticImports(preloads: string[], manifest: ClientManifest): string[] {
	const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const listed = new Set(preloads);
	const all = [...preloads];
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) return;
		const path = `./${chunk.file}`;
		if (chunk.file.endsWith('.js') && !listed.has(path)) {
			listed.add(path);
			all.push(path);
		}
		chunk.imports?.forEach(visit);
	};
	for (const path of preloads) {
		const key = keyOfFile.get(path.replace(/^\.\//, ''));
		if (key) visit(key);
	}
	return all;
}
