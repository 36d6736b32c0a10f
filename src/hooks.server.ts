/**
 * Runs at build time only (the app is static; prerendered pages go through it): the tutor's link
 * page (`/tuteur`, prerendered as `tuteur.html`) carries the script that starts its token
 * exchange while the app downloads, and adds the page's code preloads after it
 * (src/lib/features/tutor/early-exchange.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { earlyExchangeScript } from '$lib/features/tutor/early-exchange';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/** Right after the charset: before the stylesheet (a script waits for the styles above it). */
function withEarlyExchange(html: string): string {
	const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1] ?? '');
	const script = `<script>${earlyExchangeScript(preloads)}</script>`;
	return html.replace(PRELOAD, '').replace(/<meta charset[^>]*>/, (meta) => `${meta}${script}`);
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.url.pathname === '/tuteur' ? withEarlyExchange(html) : html
	});
