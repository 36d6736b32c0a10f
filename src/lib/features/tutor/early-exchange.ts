/**
 * The token exchange started by the link page's HTML itself (`src/hooks.server.ts` writes
 * `earlyExchangeScript()` into the prerendered `tuteur.html`): on a slow link the answer then
 * travels while the app's code downloads, instead of after the app has started.
 *
 * The script does what `takeTokenFromHash` + `exchangeToken` do: it takes the token out of the
 * address bar at once and posts it; the app reads the answer from `takeEarlyExchange()`. It also
 * adds the page's code preloads itself, right after the request: listed in the HTML, the ~20
 * files would take the browser's 6 connections (HTTP/1.1) first and the exchange would wait
 * for most of them (2 s on slow 3G). The gateway allows the inline script by its hash
 * (server/http/security-headers.ts).
 */

const KEY = '__tutorExchange';

/** Plain ES5 on purpose: it runs before any of the app's code, as the HTML is parsed. */
export function earlyExchangeScript(preloads: string[]): string {
	return `(function(){try{var t=decodeURIComponent(location.hash.replace(/^#/,'')).trim();if(t){history.replaceState(history.state,'',location.pathname+location.search);var p=fetch('/api/tutor/session',{method:'POST',headers:{Accept:'application/json','Content-Type':'application/json'},credentials:'same-origin',body:JSON.stringify({token:t})});p.catch(function(){});window.${KEY}=p}}catch(e){}${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)})})()`;
}

/** The exchange the HTML started (once), or null when it did not start one. */
export function takeEarlyExchange(): Promise<Response> | null {
	const holder = window as unknown as Record<string, Promise<Response> | undefined>;
	const early = holder[KEY] ?? null;
	delete holder[KEY];
	return early;
}
