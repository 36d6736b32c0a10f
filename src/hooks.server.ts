/**
 * Runs at build time only (the app is static; prerendered pages go through it): the tutor's link
 * page (`/tuteur`, prerendered as `tuteur.html`) carries the script that starts its token
 * exchange while the app downloads, and adds the page's code preloads after it
 * (src/lib/features/tutor/early-exchange.ts).
 */
import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { earlyExchangeScript } from '$lib/features/tutor/early-exchange';
import { withStaticImports, type ClientManifest } from '$lib/server/static-imports';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/** Written by the client build before pages are prerendered (`KIT_OUT_DIR`: side-by-side builds). */
function clientManifest(): ClientManifest {
	const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
	return JSON.parse(readFileSync(`${outDir}/output/client/.vite/manifest.json`, 'utf8'));
}

/** Right after the charset: before the stylesheet (a script waits for the styles above it). */
function withEarlyExchange(html: string): string {
	const listed = [...html.matchAll(PRELOAD)].map((match) => match[1] ?? '');
	// Completed: SvelteKit may leave out a file the page imports statically (static-imports.ts).
	const preloads = withStaticImports(listed, clientManifest());
	const script = `<script>${earlyExchangeScript(preloads)}</script>`;
	return html.replace(PRELOAD, '').replace(/<meta charset[^>]*>/, (meta) => `${meta}${script}`);
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.url.pathname === '/tuteur' ? withEarlyExchange(html) : html
	});
